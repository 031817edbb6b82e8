package vn.delegationdesk.delegation.overview.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.EnumConverter;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/** "Tổng quan": the plan's facts as a form, section by section, in the order the plan is written. */
public final class OverviewEditorPage {
    private final OverviewEditorViewModel model;
    private final Messages messages;
    private final DelegationFormatter formatter;
    private TableView<Leg> legs;
    private TextField legPlace;
    private GridPane legFields;

    public OverviewEditorPage(OverviewEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formatter = new DelegationFormatter(messages);
    }

    public Node node() {
        VBox content = new VBox(documentCard(), tripCard(), legalBasesCard(),
                Forms.card(messages.get("ui.detail.field.purposes"), TextListEditor.create(OverviewIds.PURPOSES,
                        messages.get("ui.detail.field.purposes"), model.purposes(), messages)),
                Forms.card(messages.get("ui.detail.field.exchangeTopics"), TextListEditor.create(OverviewIds.TOPICS,
                        messages.get("ui.detail.field.exchangeTopics"), model.exchangeTopics(), messages)),
                fundingCard(),
                Forms.card(messages.get("ui.detail.field.recipients"), TextListEditor.create(OverviewIds.RECIPIENTS,
                        messages.get("ui.detail.field.recipients"), model.recipients(), messages)),
                signerCard());
        content.getStyleClass().add(Styles.LIST_ROWS);
        content.setId(OverviewIds.OVERVIEW);
        return Pages.scrolling(content);
    }

    private Node documentCard() {
        GridPane grid = Forms.grid(2);
        var title = Forms.area(OverviewIds.TITLE, messages.get("ui.editor.field.title"), model.titleProperty(), 2);
        FieldDecorations.bind(title, model.errorAt("title"));
        Forms.row(grid, 0, 0, messages.get("ui.editor.field.title"), title, 2);
        ComboBox<DelegationStatus> status = new ComboBox<>();
        status.setId(OverviewIds.STATUS);
        status.setAccessibleText(messages.get("ui.detail.field.status"));
        status.getItems().setAll(DelegationStatus.values());
        status.setConverter(EnumConverter.of(DelegationStatus.class, formatter::label));
        status.valueProperty().bindBidirectional(model.statusProperty());
        Forms.row(grid, 0, 1, messages.get("ui.detail.field.status"), status, 1);
        Forms.row(grid, 1, 1, messages.get("ui.editor.field.parentBody"),
                Forms.text(OverviewIds.PARENT_BODY, messages.get("ui.editor.field.parentBody"), model.parentBodyProperty()), 1);
        Forms.row(grid, 0, 2, messages.get("ui.editor.field.bodyName"),
                Forms.text(OverviewIds.BODY_NAME, messages.get("ui.editor.field.bodyName"), model.bodyNameProperty()), 1);
        Forms.row(grid, 1, 2, messages.get("ui.editor.field.abbreviation"),
                Forms.text(OverviewIds.ABBREVIATION, messages.get("ui.editor.field.abbreviation"), model.abbreviationProperty()), 1);
        Forms.row(grid, 0, 3, messages.get("ui.editor.field.documentNumber"),
                Forms.text(OverviewIds.DOCUMENT_NUMBER, messages.get("ui.editor.field.documentNumber"),
                        model.documentNumberProperty()), 1);
        Forms.row(grid, 1, 3, messages.get("ui.editor.field.documentSymbol"),
                Forms.text(OverviewIds.DOCUMENT_SYMBOL, messages.get("ui.editor.field.documentSymbol"),
                        model.documentSymbolProperty()), 1);
        Forms.row(grid, 0, 4, messages.get("ui.editor.field.documentPlace"),
                Forms.text(OverviewIds.DOCUMENT_PLACE, messages.get("ui.editor.field.documentPlace"), model.documentPlaceProperty()), 1);
        TextField date = DateField.create(model.documentDate(), messages.get("ui.editor.date.prompt"));
        date.setId(OverviewIds.DOCUMENT_DATE);
        date.setAccessibleText(messages.get("ui.editor.field.documentDate"));
        Forms.row(grid, 1, 4, messages.get("ui.editor.field.documentDate"), FieldDecorations.withReason(date), 1);
        return Forms.card(messages.get("ui.editor.section.document"), grid);
    }

    private Node tripCard() {
        GridPane grid = Forms.grid(2);
        TextField start = DateField.create(model.startDate(), messages.get("ui.editor.date.prompt"));
        start.setId(OverviewIds.START_DATE);
        start.setAccessibleText(messages.get("ui.editor.field.startDate"));
        start.setTooltip(new javafx.scene.control.Tooltip(messages.get("ui.editor.startDate.tooltip")));
        TextField end = DateField.create(model.endDate(), messages.get("ui.editor.date.prompt"));
        end.setId(OverviewIds.END_DATE);
        end.setAccessibleText(messages.get("ui.editor.field.endDate"));
        FieldDecorations.bind(end, model.errorAt("endDate"));
        Forms.row(grid, 0, 0, messages.get("ui.editor.field.startDate"), FieldDecorations.withReason(start), 1);
        Forms.row(grid, 1, 0, messages.get("ui.editor.field.endDate"), FieldDecorations.withReason(end), 1);
        Label length = Nodes.wrapping("", Styles.MUTED);
        length.textProperty().bind(model.tripLength());
        grid.add(length, 1, 1, 3, 1);
        Forms.row(grid, 0, 2, messages.get("ui.editor.field.departure"),
                Forms.text(OverviewIds.DEPARTURE, messages.get("ui.editor.field.departure"), model.departurePlaceProperty()), 1);
        TextField size = new TextField();
        size.setId(OverviewIds.PLANNED_SIZE);
        size.setAccessibleText(messages.get("ui.editor.field.plannedSize"));
        size.textProperty().bindBidirectional(model.plannedSize().textProperty());
        FieldDecorations.bind(size, model.plannedSize().errorProperty());
        Forms.row(grid, 1, 2, messages.get("ui.editor.field.plannedSize"), size, 1);
        Label hint = Nodes.wrapping(messages.get("ui.editor.startDate.tooltip"), Styles.MUTED);
        return Forms.card(messages.get("ui.detail.field.legs"), grid, hint, legsTable(), legButtons(), legForm());
    }

    private Node legsTable() {
        TableView<Leg> table = listTable(model.legs(), OverviewIds.LEGS_TABLE, "ui.detail.field.legs", "ui.editor.legs.empty");
        legs = table;
        table.getColumns().setAll(List.of(
                column("ui.editor.leg.place", Leg::place, 220),
                column("ui.editor.leg.city", Leg::city, 180),
                column("ui.editor.leg.start", l -> VietnameseDates.withWeekday(l.startDate()), 160),
                column("ui.editor.leg.end", l -> VietnameseDates.withWeekday(l.endDate()), 160)));
        Forms.syncSelection(table, model.selectedLegProperty(), model::legsRefreshing);
        return table;
    }

    private Node legButtons() {
        HBox row = Nodes.hbox(Styles.BUTTON_ROW,
                Buttons.action(OverviewIds.LEG_ADD, messages.get("ui.editor.leg.add"), messages.get("ui.editor.leg.add"), () -> {
                    model.addLeg();
                    // The new leg is shown in the table and its place, still the placeholder, takes the typing.
                    Reveal.showRow(legs, model.selectedLegProperty().get());
                    Reveal.inViewLater(legFields);
                    Reveal.focus(legPlace);
                    legPlace.selectAll();
                }),
                Buttons.action(OverviewIds.LEG_REMOVE, messages.get("ui.editor.list.remove"), messages.get("ui.editor.leg.remove"),
                        model::removeLeg));
        row.getChildren().addAll(Forms.upDown(messages, OverviewIds.LEG_UP, OverviewIds.LEG_DOWN, model::moveLeg));
        return row;
    }

    private Node legForm() {
        LegForm form = model.legForm();
        GridPane grid = Forms.grid(2);
        legFields = grid;
        legPlace = Forms.text(OverviewIds.LEG_PLACE, messages.get("ui.editor.leg.place"), form.placeProperty(), form.errorAt("place"));
        Forms.row(grid, 0, 0, messages.get("ui.editor.leg.place"), legPlace, 1);
        Forms.row(grid, 1, 0, messages.get("ui.editor.leg.city"), Forms.text(OverviewIds.LEG_CITY,
                messages.get("ui.editor.leg.city"), form.cityProperty()), 1);
        TextField start = DateField.create(form.start(), messages.get("ui.editor.date.prompt"));
        start.setId(OverviewIds.LEG_START);
        start.setAccessibleText(messages.get("ui.editor.leg.start"));
        FieldDecorations.bind(start, form.errorAt("startDate"));
        TextField end = DateField.create(form.end(), messages.get("ui.editor.date.prompt"));
        end.setId(OverviewIds.LEG_END);
        end.setAccessibleText(messages.get("ui.editor.leg.end"));
        FieldDecorations.bind(end, form.errorAt("endDate"));
        Forms.row(grid, 0, 1, messages.get("ui.editor.leg.start"), FieldDecorations.withReason(start), 1);
        Forms.row(grid, 1, 1, messages.get("ui.editor.leg.end"), FieldDecorations.withReason(end), 1);
        Forms.row(grid, 0, 2, messages.get("ui.editor.leg.summary"), Forms.area(OverviewIds.LEG_SUMMARY,
                messages.get("ui.editor.leg.summary"), form.summaryProperty(), 3), 2);
        grid.visibleProperty().bind(form.presentProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        return grid;
    }

    private Node legalBasesCard() {
        TableView<LegalBasis> table = listTable(model.legalBases(), OverviewIds.LEGAL_BASES_TABLE, "ui.detail.field.legalBases",
                "ui.editor.legalBases.empty");
        // How the plan and the decision will cite it, so the clerk sees it before it is printed.
        table.getColumns().setAll(List.of(
                column("ui.editor.legalBasis.citation", b -> b.citation().word(), 90),
                column("ui.editor.legalBasis.kind", LegalBasis::kind, 110),
                column("ui.editor.legalBasis.number", LegalBasis::number, 120),
                column("ui.editor.legalBasis.dateColumn", b -> VietnameseDates.format(b.date()), 100),
                column("ui.editor.legalBasis.issuer", LegalBasis::issuer, 180),
                column("ui.editor.legalBasis.subject", LegalBasis::subject, 420)));
        Forms.syncSelection(table, model.selectedLegalBasisProperty(), model::legalBasesRefreshing);
        LegalBasisForm form = model.legalBasisForm();
        GridPane grid = Forms.grid(2);
        TextField kind = Forms.text(OverviewIds.LEGAL_BASIS_KIND, messages.get("ui.editor.legalBasis.kind"), form.kindProperty(),
                form.kindError());
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW,
                Buttons.action(OverviewIds.LEGAL_BASIS_ADD, messages.get("ui.editor.legalBasis.add"),
                        messages.get("ui.editor.legalBasis.add"), () -> {
                            model.addLegalBasis();
                            Reveal.showRow(table, model.selectedLegalBasisProperty().get());
                            Reveal.inViewLater(grid);
                            Reveal.focus(kind);
                            kind.selectAll();
                        }),
                Buttons.action(OverviewIds.LEGAL_BASIS_REMOVE, messages.get("ui.editor.list.remove"),
                        messages.get("ui.editor.legalBasis.remove"), model::removeLegalBasis));
        buttons.getChildren().addAll(Forms.upDown(messages, OverviewIds.LEGAL_BASIS_UP, OverviewIds.LEGAL_BASIS_DOWN,
                model::moveLegalBasis));
        Forms.row(grid, 0, 0, messages.get("ui.editor.legalBasis.kind"), kind, 1);
        Forms.row(grid, 1, 0, messages.get("ui.editor.legalBasis.number"), Forms.text(OverviewIds.LEGAL_BASIS_NUMBER,
                messages.get("ui.editor.legalBasis.number"), form.numberProperty()), 1);
        TextField date = DateField.create(form.date(), messages.get("ui.editor.date.prompt"));
        date.setId(OverviewIds.LEGAL_BASIS_DATE);
        date.setAccessibleText(messages.get("ui.editor.legalBasis.date"));
        Forms.row(grid, 0, 1, messages.get("ui.editor.legalBasis.dateColumn"), FieldDecorations.withReason(date), 1);
        Forms.row(grid, 1, 1, messages.get("ui.editor.legalBasis.issuer"), Forms.text(OverviewIds.LEGAL_BASIS_ISSUER,
                messages.get("ui.editor.legalBasis.issuer"), form.issuerProperty()), 1);
        Forms.row(grid, 0, 2, messages.get("ui.editor.legalBasis.subject"), Forms.area(OverviewIds.LEGAL_BASIS_SUBJECT,
                messages.get("ui.editor.legalBasis.subject"), form.subjectProperty(), 2), 2);
        grid.visibleProperty().bind(form.presentProperty());
        grid.managedProperty().bind(grid.visibleProperty());
        return Forms.card(messages.get("ui.detail.field.legalBases"), table, buttons, grid);
    }

    private Node fundingCard() {
        FlowPane modes = new FlowPane();
        modes.getStyleClass().add(Styles.BUTTON_ROW);
        for (TransportMode mode : TransportMode.values()) {
            CheckBox box = new CheckBox(formatter.label(mode));
            box.setId(OverviewIds.TRANSPORT_PREFIX + mode.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.transportProperty(mode));
            modes.getChildren().add(box);
        }
        GridPane grid = Forms.grid(1);
        Forms.row(grid, 0, 0, messages.get("ui.detail.field.transport"), modes, 1);
        Forms.row(grid, 0, 1, messages.get("ui.detail.field.funding"), Forms.area(OverviewIds.FUNDING,
                messages.get("ui.detail.field.funding"), model.fundingSourceProperty(), 3), 1);
        return Forms.card(messages.get("ui.editor.section.funding"), grid);
    }

    private Node signerCard() {
        GridPane grid = Forms.grid(2);
        Forms.row(grid, 0, 0, messages.get("ui.editor.signer.prefix"), Forms.text(OverviewIds.SIGNER_PREFIX,
                messages.get("ui.editor.signer.prefix"), model.signerPrefixProperty()), 1);
        Forms.row(grid, 1, 0, messages.get("ui.editor.signer.principal"), Forms.text(OverviewIds.SIGNER_PRINCIPAL,
                messages.get("ui.editor.signer.principal"), model.signerPrincipalProperty()), 1);
        Forms.row(grid, 0, 1, messages.get("ui.editor.signer.title"), Forms.text(OverviewIds.SIGNER_TITLE,
                messages.get("ui.editor.signer.title"), model.signerTitleProperty()), 1);
        Forms.row(grid, 1, 1, messages.get("ui.editor.signer.name"), Forms.text(OverviewIds.SIGNER_NAME,
                messages.get("ui.editor.signer.name"), model.signerNameProperty()), 1);
        return Forms.card(messages.get("ui.detail.field.signer"), grid,
                Nodes.wrapping(messages.get("ui.editor.signer.hint"), Styles.MUTED));
    }

    /** A short table of one list of the plan, with the list's name for screen readers and a hint when empty. */
    private <T> TableView<T> listTable(javafx.collections.ObservableList<T> items, String id, String nameKey,
            String emptyKey) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setAccessibleText(messages.get(nameKey));
        table.setPlaceholder(Pages.muted(messages.get(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefHeight(150);
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(TextCells.clamped());
        return column;
    }
}
