package vn.delegationdesk.delegation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;

/**
 * One ordered list of the draft (legs, legal bases, purposes…) as a view model piece: the items mirrored from
 * the draft, the selected index, and add / replace / remove / move, each one edit of the draft. The selection
 * follows an item when it moves and stays in range when the list shrinks.
 */
public final class DraftList<T> {
    private final DelegationDraft draft;
    private final Function<Delegation, List<T>> read;
    private final BiFunction<Delegation.Builder, List<T>, Delegation.Builder> write;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private boolean refreshing;
    private Long shownId;

    public DraftList(DelegationDraft draft, Function<Delegation, List<T>> read,
            BiFunction<Delegation.Builder, List<T>, Delegation.Builder> write) {
        this.draft = draft;
        this.read = read;
        this.write = write;
        draft.valueProperty().addListener((observable, old, value) -> refresh(value));
        refresh(draft.get());
    }

    public ObservableList<T> items() {
        return items;
    }

    /** Index of the selected item, -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public T selectedItem() {
        int i = selected.get();
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    public void add(T item) {
        List<T> next = new ArrayList<>(items);
        next.add(item);
        apply(next);
        selected.set(next.size() - 1);
    }

    public void replace(int index, T item) {
        if (index < 0 || index >= items.size()) {
            return;
        }
        List<T> next = new ArrayList<>(items);
        next.set(index, item);
        apply(next);
    }

    public void removeSelected() {
        int i = selected.get();
        if (i < 0 || i >= items.size()) {
            return;
        }
        List<T> next = new ArrayList<>(items);
        next.remove(i);
        apply(next);
        selected.set(Math.min(i, next.size() - 1));
    }

    /** Moves the selected item up (-1) or down (+1); the selection goes with it. */
    public void moveSelected(int delta) {
        int i = selected.get();
        int j = i + delta;
        if (i < 0 || i >= items.size() || j < 0 || j >= items.size()) {
            return;
        }
        List<T> next = new ArrayList<>(items);
        T item = next.remove(i);
        next.add(j, item);
        apply(next);
        selected.set(j);
    }

    private void apply(List<T> next) {
        draft.update(builder -> write.apply(builder, List.copyOf(next)));
    }

    /**
     * True while the items are being replaced from the draft: a table showing them clears its selection then,
     * and the view must not take that for the user's choice.
     */
    public boolean isRefreshing() {
        return refreshing;
    }

    private void refresh(Delegation d) {
        List<T> now = d == null ? List.of() : read.apply(d);
        if (!now.equals(items)) {
            show(now);
        }
        // Another delegation opens on its first item, so its form is ready to edit instead of empty.
        Delegation opened = draft.baselineProperty().get();
        Long openedId = opened == null ? null : opened.id();
        if (!java.util.Objects.equals(openedId, shownId)) {
            shownId = openedId;
            selected.set(items.isEmpty() ? -1 : 0);
        }
    }

    private void show(List<T> now) {
        int keep = selected.get();
        refreshing = true;
        try {
            if (now.size() == items.size()) {
                // Replace only what changed: typing in a form changes one item, and a table keeps its place.
                for (int i = 0; i < now.size(); i++) {
                    if (!now.get(i).equals(items.get(i))) {
                        items.set(i, now.get(i));
                    }
                }
            } else {
                items.setAll(now);
            }
        } finally {
            refreshing = false;
        }
        selected.set(Math.min(keep, items.size() - 1));
    }
}
