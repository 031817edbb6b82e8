package vn.delegationdesk.settlement.ui.page;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ui.BooksState;
import vn.delegationdesk.settlement.ui.SettlementExport;
import vn.delegationdesk.settlement.ui.SettlementViewModel;

/**
 * "Thanh toán sau chuyến đi": the settlement date, the books' state with "Khóa sổ" and "Mở lại sổ" and the export
 * menu on top, then five inner tabs: advances, members with their certified stays, actual costs with their vouchers,
 * the Bảng kê as computed and the estimate against actual. Each list is a table with a small form for the selected
 * row beside or under it; a field takes what is typed on Enter or when the focus leaves it. Only lays out, binds and
 * wires: every rule is the view model's.
 */
public final class SettlementPage {
    private final SettlementViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final SectionParts parts;
    private final BooksState books;

    public SettlementPage(SettlementViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.parts = new SectionParts(model, messages);
        this.books = model.books();
        layoutParts();
        model.settlementProperty().addListener((observable, old, value) -> refresh());
        model.readOnlyProperty().addListener((observable, old, value) -> refresh());
        model.advanceEditor().selectedAdvanceProperty().addListener((observable, old, value) -> refresh());
        model.outcomeEditor().selectedMemberProperty().addListener((observable, old, value) -> refresh());
        model.outcomeEditor().selectedStayProperty().addListener((observable, old, value) -> refresh());
        model.costEditor().selectedLineProperty().addListener((observable, old, value) -> refresh());
        model.costEditor().selectedVoucherProperty().addListener((observable, old, value) -> refresh());
        refresh();
    }

    public Node node() {
        return root;
    }

    private void refresh() {
        parts.refresh();
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private void layoutParts() {
        root.setId(SettlementIds.PAGE);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.settlement.tab"));
        root.setTop(header());
        TabPane sections = new TabPane(
                section(SettlementIds.SECTION_ADVANCES, "ui.settlement.section.advances", new AdvancesSection(parts).advances()),
                section(SettlementIds.SECTION_MEMBERS, "ui.settlement.section.members", new MembersSection(parts).members()),
                section(SettlementIds.SECTION_LINES, "ui.settlement.section.lines", new CostLinesSection(parts).lines()),
                section(SettlementIds.SECTION_SHEET, "ui.settlement.section.sheet", new SheetSection(parts).sheet()),
                section(SettlementIds.SECTION_COMPARISON, "ui.settlement.section.comparison", new ComparisonSection(parts).comparison()),
                section(SettlementIds.SECTION_CLOSINGS, "ui.settlement.section.closings", new ClosingsSection(parts).closings()));
        sections.setId(SettlementIds.SECTIONS);
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.setMinHeight(0);
        root.setMinHeight(0);
        root.setCenter(sections);
    }

    private Tab section(String id, String key, Region content) {
        // A section gives way to a small window (its tables scroll) instead of pushing the editor beyond it.
        content.setMinSize(0, 0);
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Node header() {
        DatePicker date = new DatePicker();
        date.setId(SettlementIds.DATE);
        date.setEditable(true);
        date.setShowWeekNumbers(false);
        date.setAccessibleText(messages.get("ui.settlement.date"));
        date.setConverter(new SectionParts.DayConverter());
        date.setPrefWidth(140);
        date.setMinWidth(Region.USE_PREF_SIZE);
        date.valueProperty().addListener((observable, old, value) -> {
            if (!parts.refreshing() && value != null) {
                model.setSettlementDate(value);
            }
        });
        date.disableProperty().bind(model.readOnlyProperty());
        parts.onRefresh(() -> {
            LocalDate shown = model.settlementProperty().get() == null ? null : model.settlementProperty().get().settlementDate();
            if (!Objects.equals(date.getValue(), shown)) {
                date.setValue(shown);
            }
        });
        Label state = Nodes.label("", Styles.CHIP);
        state.setId(SettlementIds.BOOKS);
        state.textProperty().bind(books.booksProperty());
        state.setMinWidth(Region.USE_PREF_SIZE);
        Button close = Buttons.action(SettlementIds.CLOSE, messages.get("ui.settlement.close"),
                messages.get("ui.settlement.close.accessible"), books::closeBooks);
        Button reopen = Buttons.action(SettlementIds.REOPEN, messages.get("ui.settlement.reopen"),
                messages.get("ui.settlement.reopen.accessible"), books::reopenBooks);
        MenuButton export = new MenuButton(messages.get("ui.settlement.export"));
        export.setId(SettlementIds.EXPORT);
        export.setAccessibleText(messages.get("ui.settlement.export.accessible"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        Runnable exportItems = () -> export.getItems().setAll(books.exports().stream().map(choice -> {
            MenuItem item = new MenuItem(choice.label());
            item.setId(choice.id());
            item.setOnAction(e -> books.export(choice));
            return item;
        }).toList());
        books.exports().addListener((ListChangeListener<SettlementExport.Choice>) change -> exportItems.run());
        exportItems.run();
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> books.exports().isEmpty()
                || !books.exportUnavailableProperty().get().isEmpty(), books.exports(), books.exportUnavailableProperty()));
        return Nodes.hbox(Styles.BUTTON_ROW, parts.fieldLabel("ui.settlement.date", date), date, state, status(),
                Buttons.unavailableWhile(close, books.closeUnavailableProperty()),
                Buttons.unavailableWhile(reopen, books.reopenUnavailableProperty()), export);
    }

    /**
     * The last notice (a refused value, closed books, a written file), else what stops saving: in the header's row, so
     * that nothing below moves when it comes or goes. Every problem is in its tooltip.
     */
    private Label status() {
        Label status = Nodes.label("", Styles.NOTICE);
        status.setId(SettlementIds.NOTICE);
        // What stops saving is in the danger colour; a notice (a refusal, a closing, a written file) in the notices' own.
        Runnable colour = () -> {
            boolean problem = model.noticeProperty().get().isEmpty() && !model.problems().isEmpty();
            status.getStyleClass().removeAll(Styles.NOTICE, Styles.FIELD_ERROR);
            status.getStyleClass().add(problem ? Styles.FIELD_ERROR : Styles.NOTICE);
        };
        model.noticeProperty().addListener((observable, old, value) -> colour.run());
        model.problems().addListener((ListChangeListener<String>) change -> colour.run());
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.textProperty().bind(Bindings.createStringBinding(() -> !model.noticeProperty().get().isEmpty()
                ? model.noticeProperty().get() : model.problems().isEmpty() ? ""
                : messages.get("ui.settlement.problems", model.problems().size(), model.problems().get(0)),
                model.noticeProperty(), model.problems()));
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        tip.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", Stream.concat(
                Stream.of(model.noticeProperty().get()).filter(t -> !t.isEmpty()), model.problems().stream()).toList()),
                model.noticeProperty(), model.problems()));
        status.setTooltip(tip);
        return status;
    }
}
