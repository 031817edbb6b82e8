package vn.delegationdesk.delegation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;

/**
 * One ordered list of the draft (legs, legal bases, purposes…), or of the selected item of another list (a
 * block's duties, a conference's agenda), as a view model piece: the items mirrored from the draft, the selected
 * index, and add / replace / remove / move, each one edit of the draft. The selection follows an item when it
 * moves and stays in range when the list shrinks. Another delegation opens on the first item of a list of the
 * draft; a list inside an item starts with nothing selected whenever another item of its owner is chosen.
 */
public final class DraftList<T> {
    private final Supplier<List<T>> read;
    private final Consumer<List<T>> write;
    private final BooleanSupplier writable;
    /** What the items belong to (the opened delegation, the owner's choice); when it changes the selection starts again. */
    private final Supplier<Object> owner;
    private final boolean opensOnFirst;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final List<Follower> followers = new ArrayList<>();
    private boolean refreshing;
    private Object shownOwner;
    /** Counts the choices of another item; a list inside the selected item starts again when it changes. */
    private int choices;

    public DraftList(DelegationDraft draft, Function<Delegation, List<T>> read,
            BiFunction<Delegation.Builder, List<T>, Delegation.Builder> write) {
        this(() -> draft.get() == null ? List.of() : read.apply(draft.get()),
                next -> draft.update(builder -> write.apply(builder, next)),
                () -> draft.get() != null,
                () -> draft.baselineProperty().get() == null ? null : draft.baselineProperty().get().id(),
                true);
        draft.valueProperty().addListener((observable, old, value) -> refresh());
        refresh();
    }

    private DraftList(Supplier<List<T>> read, Consumer<List<T>> write, BooleanSupplier writable, Supplier<Object> owner,
            boolean opensOnFirst) {
        this.read = read;
        this.write = write;
        this.writable = writable;
        this.owner = owner;
        this.opensOnFirst = opensOnFirst;
        selected.addListener((observable, old, index) -> announce(true));
    }

    /**
     * The list inside this list's selected item ({@code read} from it, {@code write} gives the item with another
     * list): empty and unchangeable while nothing is selected, and with nothing selected again whenever another
     * item is chosen here. Each change is one edit of the draft, replacing the selected item.
     */
    public <C> DraftList<C> nested(Function<T, List<C>> read, BiFunction<T, List<C>, T> write) {
        DraftList<C> inner = new DraftList<>(
                () -> selectedItem() == null ? List.of() : read.apply(selectedItem()),
                next -> replace(selected.get(), write.apply(selectedItem(), next)),
                () -> selectedItem() != null,
                () -> choices,
                false);
        follow(anotherItem -> inner.refresh());
        inner.refresh();
        return inner;
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

    /**
     * Chooses item {@code index} (out of range: none) as a new choice: what shows the selected item starts again
     * (a list inside it, a date typed wrongly in its form), even when the index stays the same.
     */
    public void select(int index) {
        int bounded = index >= 0 && index < items.size() ? index : -1;
        if (selected.get() != bounded) {
            selected.set(bounded);
        } else {
            announce(true);
        }
    }

    /** Appends {@code item} and selects it; does nothing while there is nothing to add to. */
    public void add(T item) {
        if (!writable.getAsBoolean()) {
            return;
        }
        List<T> next = new ArrayList<>(items);
        next.add(item);
        apply(next);
        select(next.size() - 1);
    }

    public void replace(int index, T item) {
        if (index < 0 || index >= items.size()) {
            return;
        }
        List<T> next = new ArrayList<>(items);
        next.set(index, item);
        apply(next);
    }

    /** Removes the selected item; the one after it (or the new last one) is selected. */
    public void removeSelected() {
        int i = selected.get();
        if (i < 0 || i >= items.size()) {
            return;
        }
        List<T> next = new ArrayList<>(items);
        next.remove(i);
        apply(next);
        select(Math.min(i, next.size() - 1));
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
        select(j);
    }

    private void apply(List<T> next) {
        write.accept(List.copyOf(next));
    }

    /**
     * True while the items (or rows made from them) are being replaced from the draft: a table showing them
     * clears its selection then, and the view must not take that for the user's choice.
     */
    public boolean isRefreshing() {
        return refreshing;
    }

    /**
     * The items as display rows (a table's), made again whenever the items change or any of {@code alsoOn} does
     * (the draft's problems, say); only the rows that differ are replaced, and under {@link #isRefreshing()}. Keep
     * the returned list in a field: it is a read-only view that lives only as long as someone references it.
     */
    public <R> ObservableList<R> rows(Row<T, R> row, Observable... alsoOn) {
        ObservableList<R> rows = FXCollections.observableArrayList();
        InvalidationListener rebuild = observable -> {
            List<R> now = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                now.add(row.of(i, items.get(i)));
            }
            boolean was = refreshing;
            refreshing = true;
            try {
                sync(rows, now);
            } finally {
                refreshing = was;
            }
        };
        items.addListener(rebuild);
        for (Observable source : alsoOn) {
            source.addListener(rebuild);
        }
        rebuild.invalidated(items);
        return FXCollections.unmodifiableObservableList(rows);
    }

    /**
     * Calls {@code follower} after every change the list has shown (items and selection settled): the draft
     * changed, or another item was chosen. Followers are called in the order they were added.
     */
    public void follow(Follower follower) {
        followers.add(follower);
    }

    private void announce(boolean anotherItem) {
        if (anotherItem) {
            choices++;
        }
        for (Follower follower : List.copyOf(followers)) {
            follower.shown(anotherItem);
        }
    }

    private void refresh() {
        List<T> now = read.get();
        if (!now.equals(items)) {
            show(now);
        }
        // Another delegation opens on its first item, so its form is ready to edit instead of empty.
        Object current = owner.get();
        if (!Objects.equals(current, shownOwner)) {
            shownOwner = current;
            select(opensOnFirst && !items.isEmpty() ? 0 : -1);
        } else {
            announce(false);
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

    /** Makes {@code target} equal {@code source} by replacing, adding or removing only the elements that differ. */
    private static <R> void sync(ObservableList<R> target, List<R> source) {
        for (int i = 0; i < source.size(); i++) {
            if (i >= target.size()) {
                target.addAll(source.subList(i, source.size()));
                break;
            }
            if (!Objects.equals(target.get(i), source.get(i))) {
                target.set(i, source.get(i));
            }
        }
        if (target.size() > source.size()) {
            target.remove(source.size(), target.size());
        }
    }

    /** Makes a display row of the item at an index. */
    @FunctionalInterface
    public interface Row<T, R> {
        R of(int index, T item);
    }

    /** Told after the list showed a change; {@code anotherItem} when another item (or none) was chosen. */
    @FunctionalInterface
    public interface Follower {
        void shown(boolean anotherItem);
    }
}
