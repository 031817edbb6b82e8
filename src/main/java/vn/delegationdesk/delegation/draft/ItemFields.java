package vn.delegationdesk.delegation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.common.Texts;

/**
 * The form of a list's selected item (a block, a conference) kept in step with the draft both ways, as
 * {@link DraftFields} keeps the delegation's own fields: a change in a field replaces the selected item at once;
 * choosing another item, or a change of the draft made elsewhere, shows in the fields. What the form writes
 * itself is not shown back, so text being typed stays as typed, and a text field is not overwritten while it
 * holds the stored text up to trimming. While nothing is selected the fields are empty and write nothing.
 */
public final class ItemFields<T> {
    private final DraftList<T> list;
    private final BiConsumer<T, T> store;
    private final List<Shower<T>> showers = new ArrayList<>();
    private boolean showing;
    private boolean writing;

    /** Fields whose changes replace the selected item of {@code list}. */
    public ItemFields(DraftList<T> list) {
        this(list, (before, after) -> list.replace(list.selectedProperty().get(), after));
    }

    /** Fields whose changes {@code store} writes to the draft (given the item before and after), for edits that change more. */
    public ItemFields(DraftList<T> list, BiConsumer<T, T> store) {
        this.list = list;
        this.store = store;
        list.follow(anotherItem -> {
            if (anotherItem || !writing) {
                show(anotherItem);
            }
        });
    }

    /** A text field: shows {@code read} of the selected item; typing stores {@code write} of it at once. */
    public StringProperty text(String name, Function<T, String> read, BiFunction<T, String, T> write) {
        StringProperty property = new SimpleStringProperty(this, name, "");
        property.addListener((observable, old, typed) -> write(item -> write.apply(item, typed)));
        onShow((item, anotherItem) -> {
            String stored = item == null ? "" : read.apply(item);
            if (!Texts.clean(property.get()).equals(stored)) {
                property.set(stored);
            }
        });
        return property;
    }

    /** A choice (a role, a session): shows {@code read} of the selected item; choosing nothing (null) stores nothing. */
    public <V> ObjectProperty<V> value(String name, Function<T, V> read, BiFunction<T, V, T> write) {
        ObjectProperty<V> property = new SimpleObjectProperty<>(this, name);
        property.addListener((observable, old, chosen) -> {
            if (chosen != null) {
                write(item -> write.apply(item, chosen));
            }
        });
        onShow((item, anotherItem) -> property.set(item == null ? null : read.apply(item)));
        return property;
    }

    /** Registers work that shows the selected item in other state (a typed date, an error); runs it once now. */
    public void onShow(Shower<T> shower) {
        showers.add(shower);
        showing = true;
        try {
            shower.show(list.selectedItem(), true);
        } finally {
            showing = false;
        }
    }

    /** Stores the selected item changed by {@code edit}; does nothing while nothing is selected or the item is being shown. */
    public void write(UnaryOperator<T> edit) {
        T before = list.selectedItem();
        if (showing || before == null) {
            return;
        }
        writing = true;
        try {
            store.accept(before, edit.apply(before));
        } finally {
            writing = false;
        }
    }

    /** True while the selected item is being shown in the fields: their change listeners must not write back. */
    public boolean isShowing() {
        return showing;
    }

    /** The item the form shows, or null. */
    public T item() {
        return list.selectedItem();
    }

    private void show(boolean anotherItem) {
        T item = list.selectedItem();
        showing = true;
        try {
            for (Shower<T> shower : List.copyOf(showers)) {
                shower.show(item, anotherItem);
            }
        } finally {
            showing = false;
        }
    }

    /** Shows the selected item ({@code null}: none); {@code anotherItem} when it was just chosen, not just changed. */
    @FunctionalInterface
    public interface Shower<T> {
        void show(T item, boolean anotherItem);
    }
}
