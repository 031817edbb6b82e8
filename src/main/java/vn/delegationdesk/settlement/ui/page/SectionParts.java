package vn.delegationdesk.settlement.ui.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementViewModel;


/**
 * What the settlement page's sections share: tables and their columns, fields that take what is typed on Enter or when
 * the focus leaves them, lists to choose from, and the refreshers that put the model's values back into the fields after
 * a change or a new selection.
 */
final class SectionParts {
    private final SettlementViewModel model;
    private final Messages messages;
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean refreshing;

    SectionParts(SettlementViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    SettlementViewModel model() {
        return model;
    }

    Messages messages() {
        return messages;
    }

    /** True while the model's values are being put back into the fields (what they fire then is no edit). */
    boolean refreshing() {
        return refreshing;
    }

    void onRefresh(Runnable refresher) {
        refreshers.add(refresher);
    }

    void refresh() {
        refreshing = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            refreshing = false;
        }
    }

    <T> TableView<T> table(String id, ObservableList<T> rows, String accessibleKey) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setAccessibleText(messages.get(accessibleKey, ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Nodes.label(messages.get("ui.settlement.empty"), Styles.MUTED));
        return table;
    }

    <T> TableColumn<T, String> column(String key, Function<T, String> value, double width, boolean number) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        if (number) {
            column.getStyleClass().add(Styles.NUMBER_CELL);
        }
        return column;
    }

    /** Keeps a table's selected row and the model's index in step; a refreshed list keeps the model's choice. */
    static <T> void syncIndex(TableView<T> table, IntegerProperty selected) {
        table.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0) {
                selected.set(index.intValue());
            }
        });
        Runnable reselect = () -> {
            int want = selected.get();
            if (want >= 0 && want < table.getItems().size()) {
                if (table.getSelectionModel().getSelectedIndex() != want) {
                    table.getSelectionModel().select(want);
                }
            } else {
                table.getSelectionModel().clearSelection();
            }
        };
        table.getItems().addListener((ListChangeListener<T>) change -> reselect.run());
        selected.addListener((observable, old, value) -> reselect.run());
        reselect.run();
    }

    /**
     * A text field showing {@code current} (null: nothing selected, the field greyed) and handing what is typed to
     * {@code commit} on Enter or when the focus leaves it; a refusal (the returned message, shown as the page's notice)
     * puts the value back.
     */
    TextField field(String id, String accessibleKey, Supplier<String> current, Function<String, String> commit) {
        TextField field = new TextField();
        Forms.name(field, id, messages.get(accessibleKey));
        field.setPrefColumnCount(10);
        Runnable take = () -> {
            String now = current.get();
            if (refreshing || now == null || field.getText().equals(now)) {
                return;
            }
            String refusal = commit.apply(field.getText());
            if (refusal != null) {
                field.setText(Objects.requireNonNullElse(current.get(), ""));
            }
        };
        field.setOnAction(e -> take.run());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                take.run();
            }
        });
        onRefresh(() -> {
            String now = current.get();
            field.setText(now == null ? "" : now);
            field.setDisable(now == null);
            field.setEditable(!model.readOnlyProperty().get());
        });
        return field;
    }

    /** A list to choose an id from; {@code current} null greys it. */
    ComboBox<Choice> choice(String id, String accessibleKey, ObservableList<Choice> choices, Supplier<String> current,
            Consumer<String> commit) {
        ComboBox<Choice> box = new ComboBox<>(choices);
        Forms.name(box, id, messages.get(accessibleKey));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            if (!refreshing && box.getValue() != null && current.get() != null && !box.getValue().id().equals(current.get())) {
                commit.accept(box.getValue().id());
            }
        });
        Runnable show = () -> {
            String now = current.get();
            box.setValue(now == null ? null : choices.stream().filter(c -> c.id().equals(now)).findFirst().orElse(null));
            box.setDisable(now == null || model.readOnlyProperty().get());
        };
        onRefresh(show);
        choices.addListener((ListChangeListener<Choice>) change -> {
            boolean was = refreshing;
            refreshing = true;
            try {
                show.run();
            } finally {
                refreshing = was;
            }
        });
        return box;
    }

    Button editButton(String id, String key, String accessibleKey, Runnable action) {
        Button button = Buttons.action(id, messages.get(key), messages.get(accessibleKey), action);
        button.disableProperty().bind(model.readOnlyProperty());
        return button;
    }

    <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : model.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    Label fieldLabel(String key, Node field) {
        Label text = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        return text;
    }

    static SplitPane split(Region left, Region right, double position) {
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(position);
        return split;
    }

    /** "14/10/2025" both ways; what is not a day reads as nothing (the picker then keeps its day). */
    static final class DayConverter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : VietnameseDates.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return text == null ? null : VietnameseDateParser.parse(text.strip()).orElse(null);
        }
    }
}
