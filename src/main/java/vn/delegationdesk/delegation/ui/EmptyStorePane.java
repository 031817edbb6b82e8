package vn.delegationdesk.delegation.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/** Shown when the store holds no delegation: explains and offers to create the built-in sample. */
public final class EmptyStorePane extends StackPane {
    private final DelegationListViewModel model;
    private final Messages messages;
    private final Button createSample = new Button();

    public EmptyStorePane(DelegationListViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createParts();
        bind();
        wire();
    }

    private void createParts() {
        setId(DelegationIds.EMPTY_STORE_PANE);
        Label title = Nodes.wrapping(messages.get("ui.empty.title"), Styles.STATE_TITLE);
        Label message = Nodes.wrapping(messages.get("ui.empty.message"), Styles.STATE_MESSAGE);
        createSample.setId(DelegationIds.CREATE_SAMPLE_BUTTON);
        createSample.setText(messages.get("ui.empty.createSample"));
        createSample.setAccessibleText(messages.get("ui.empty.createSample.accessible"));
        createSample.getStyleClass().add(Styles.PRIMARY_BUTTON);
        createSample.setDefaultButton(true);
        VBox box = Nodes.vbox(Styles.STATE_PANE, title, message, createSample);
        getChildren().add(box);
    }

    private void bind() {
        createSample.disableProperty().bind(model.busyProperty());
    }

    private void wire() {
        createSample.setOnAction(event -> model.createSample());
        visibleProperty().addListener((observable, was, shown) -> {
            if (shown) {
                createSample.requestFocus();
            }
        });
    }
}
