package vn.delegationdesk.delegation.body.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * "Cơ quan ban hành và người ký" over a {@link BodyProfilesViewModel}: the kept bodies on the left (add, take from the
 * open delegation, delete), the chosen body's fields, its authority basis and its signers on the right, the problems
 * of a refused save, "Lưu" and "Đóng". Closing with unsaved changes asks first. Only lays out, binds and wires.
 */
public final class BodyProfilesDialog extends Dialog<ButtonType> {
    private final BodyProfilesViewModel model;
    private final Messages messages;
    private final ListView<BodyProfile> list = new ListView<>();
    private boolean showing;

    public BodyProfilesDialog(Window owner, BodyProfilesViewModel model, Messages messages, Supplier<Delegation> open) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("ui.bodies.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId(BodyIds.DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.LIST_FORM_DIALOG);
        pane.setPrefSize(1200, 680);
        Node form = form();
        HBox body = new HBox(12, side(open), form);
        HBox.setHgrow(form, Priority.ALWAYS);
        pane.setContent(body);
        ButtonType close = new ButtonType(messages.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.mayLeave()) {
                event.consume();
            }
        });
        setOnCloseRequest(event -> {
            if (getResult() == null && !model.mayLeave()) {
                event.consume();
            }
        });
        wireList();
    }

    /** Opens the dialog on the kept profiles and waits until it is closed. */
    public static void show(Window owner, BodyProfilesViewModel model, Messages messages, Supplier<Delegation> open) {
        model.load();
        new BodyProfilesDialog(owner, model, messages, open).showAndWait();
    }

    private Node side(Supplier<Delegation> open) {
        list.setId(BodyIds.LIST);
        list.setItems(model.profiles());
        list.setAccessibleText(messages.get("ui.bodies.list.accessible"));
        list.setPlaceholder(Nodes.wrapping(messages.get("ui.bodies.list.empty"), Styles.MUTED));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BodyProfile profile, boolean empty) {
                super.updateItem(profile, empty);
                setText(empty || profile == null ? null : profile.label());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Button add = Buttons.action(BodyIds.ADD, messages.get("ui.bodies.add"), messages.get("ui.bodies.add"), model::newProfile);
        Button take = Buttons.action(BodyIds.TAKE_OPEN, messages.get("ui.bodies.takeOpen"), messages.get("ui.bodies.takeOpen.accessible"),
                () -> model.takeFrom(open.get()));
        take.setDisable(open.get() == null);
        Button delete = Buttons.action(BodyIds.DELETE, messages.get("ui.bodies.delete"), messages.get("ui.bodies.delete"),
                model::delete);
        delete.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        VBox side = new VBox(8, Nodes.hbox(Styles.BUTTON_ROW, add, delete), take, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        side.setMinWidth(300);
        side.setPrefWidth(300);
        side.setMaxWidth(300);
        return side;
    }

    private Node form() {
        GridPane grid = Forms.grid(1);
        Forms.row(grid, 0, 0, messages.get("ui.bodies.field.parent"), field(BodyIds.PARENT, "ui.bodies.field.parent",
                model.parentBodyProperty()), 1);
        Forms.row(grid, 0, 1, messages.get("ui.bodies.field.name"), field(BodyIds.NAME, "ui.bodies.field.name", model.nameProperty()), 1);
        Forms.row(grid, 0, 2, messages.get("ui.bodies.field.abbreviation"), field(BodyIds.ABBREVIATION, "ui.bodies.field.abbreviation",
                model.abbreviationProperty()), 1);
        Forms.row(grid, 0, 3, messages.get("ui.bodies.field.place"), field(BodyIds.PLACE, "ui.bodies.field.place",
                model.placeProperty()), 1);
        Forms.row(grid, 0, 4, messages.get("ui.bodies.field.code"), field(BodyIds.CODE, "ui.bodies.field.code",
                model.budgetUnitCodeProperty()), 1);

        GridPane basis = Forms.grid(1);
        Forms.row(basis, 0, 0, messages.get("ui.bodies.field.basisKind"), field(BodyIds.BASIS_KIND, "ui.bodies.field.basisKind",
                model.basisKindProperty()), 1);
        Forms.row(basis, 0, 1, messages.get("ui.bodies.field.basisNumber"), field(BodyIds.BASIS_NUMBER, "ui.bodies.field.basisNumber",
                model.basisNumberProperty()), 1);
        TextField date = DateField.create(model.basisDate(), messages.get("ui.editor.date.prompt"));
        Forms.name(date, BodyIds.BASIS_DATE, messages.get("ui.bodies.field.basisDate"));
        FieldDecorations.bind(date, model.basisDate().errorProperty());
        Label dateError = Nodes.label("", Styles.FORM_ERROR);
        dateError.textProperty().bind(model.basisDate().errorProperty());
        Forms.showWhen(dateError, model.basisDate().errorProperty().isNotNull());
        Forms.row(basis, 0, 2, messages.get("ui.bodies.field.basisDate"), new HBox(8, date, dateError), 1);
        Forms.row(basis, 0, 3, messages.get("ui.bodies.field.basisIssuer"), field(BodyIds.BASIS_ISSUER, "ui.bodies.field.basisIssuer",
                model.basisIssuerProperty()), 1);
        Forms.row(basis, 0, 4, messages.get("ui.bodies.field.basisSubject"), Forms.area(BodyIds.BASIS_SUBJECT,
                messages.get("ui.bodies.field.basisSubject"), model.basisSubjectProperty(), 2), 1);

        VBox signerRows = new VBox(6);
        signerRows.setId(BodyIds.SIGNERS);
        model.signers().addListener((ListChangeListener<SignerRow>) change -> signerRows.getChildren().setAll(signerNodes()));
        signerRows.getChildren().setAll(signerNodes());
        Button addSigner = Buttons.action(BodyIds.SIGNER_ADD, messages.get("ui.bodies.signer.add"),
                messages.get("ui.bodies.signer.add"), model::addSigner);

        VBox problems = new VBox(2);
        problems.setId(BodyIds.PROBLEMS);
        model.problems().addListener((ListChangeListener<String>) change ->
                problems.getChildren().setAll(Pages.lines(model.problems(), Styles.FORM_ERROR)));
        Label status = Nodes.label("", Styles.MUTED);
        status.setId(BodyIds.STATUS);
        status.textProperty().bind(model.statusProperty());
        Button save = Buttons.action(BodyIds.SAVE, messages.get("ui.bodies.save"), messages.get("ui.bodies.save"), model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        save.disableProperty().bind(model.busyProperty());

        VBox content = new VBox(10,
                Forms.card(messages.get("ui.bodies.section.body"), grid),
                Forms.card(messages.get("ui.bodies.section.basis"), Nodes.wrapping(messages.get("ui.bodies.basis.hint"), Styles.MUTED),
                        basis),
                Forms.card(messages.get("ui.bodies.section.signers"), Nodes.wrapping(messages.get("ui.bodies.signers.hint"),
                        Styles.MUTED), signerRows, addSigner));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // "Lưu" and the problems stay in sight below the scrolling fields.
        VBox right = new VBox(8, scroll, problems, Nodes.hbox(Styles.BUTTON_ROW, save, status));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return right;
    }

    private List<Node> signerNodes() {
        List<Node> rows = new ArrayList<>();
        GridPane header = signerGrid();
        header.addRow(0, Nodes.label(messages.get("ui.bodies.signer.prefix"), Styles.FIELD_LABEL),
                Nodes.label(messages.get("ui.bodies.signer.principal"), Styles.FIELD_LABEL),
                Nodes.label(messages.get("ui.bodies.signer.title"), Styles.FIELD_LABEL),
                Nodes.label(messages.get("ui.bodies.signer.name"), Styles.FIELD_LABEL));
        rows.add(header);
        for (int i = 0; i < model.signers().size(); i++) {
            SignerRow row = model.signers().get(i);
            int index = i;
            int number = i + 1;
            GridPane line = signerGrid();
            Button remove = Buttons.action("body-profile-signer-remove-" + number, messages.get("ui.bodies.signer.remove"),
                    messages.get("ui.bodies.signer.remove.accessible", number), () -> model.removeSigner(index));
            line.addRow(0, signerField("body-profile-signer-prefix-" + number, "ui.bodies.signer.prefix", number,
                            row.authorityPrefixProperty()),
                    signerField("body-profile-signer-principal-" + number, "ui.bodies.signer.principal", number,
                            row.principalTitleProperty()),
                    signerField("body-profile-signer-title-" + number, "ui.bodies.signer.title", number, row.titleProperty()),
                    signerField("body-profile-signer-name-" + number, "ui.bodies.signer.name", number, row.nameProperty()),
                    remove);
            rows.add(line);
        }
        return rows;
    }

    private static GridPane signerGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        double[] widths = {80, 200, 170, 210};
        for (double width : widths) {
            ColumnConstraints column = new ColumnConstraints(width);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private TextField signerField(String id, String labelKey, int number, StringProperty value) {
        TextField field = Forms.text(id, messages.get("ui.bodies.signer.accessible", number, messages.get(labelKey)), value);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    private TextField field(String id, String labelKey, StringProperty value) {
        TextField field = Forms.text(id, messages.get(labelKey), value);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    /** The list shows the model's choice; a click asks the model, which may refuse (unsaved changes kept). */
    private void wireList() {
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (!showing && chosen != null) {
                model.select(chosen);
                showSelected();
            }
        });
        model.selectedProperty().addListener((observable, old, now) -> showSelected());
        model.profiles().addListener((ListChangeListener<BodyProfile>) change -> showSelected());
    }

    private void showSelected() {
        showing = true;
        try {
            BodyProfile chosen = model.selectedProperty().get();
            if (chosen == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(chosen);
            }
        } finally {
            showing = false;
        }
    }
}
