package vn.delegationdesk.delegation.list;

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
    private final Button createNew = new Button();
    private final Runnable onCreateNew;
    private final VBox box = new VBox();

    public EmptyStorePane(DelegationListViewModel model, Messages messages, Runnable onCreateNew) {
        this.model = model;
        this.messages = messages;
        this.onCreateNew = onCreateNew;
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
        createNew.setId(DelegationIds.CREATE_NEW_BUTTON);
        createNew.setText(messages.get("ui.new.button"));
        createNew.setAccessibleText(messages.get("ui.new.title"));
        box.getStyleClass().add(Styles.STATE_PANE);
        box.getChildren().setAll(title, message, createSample, createNew);
        getChildren().add(box);
    }

    /**
     * One more way to begin, under "Tạo đoàn mới…" (reading in a plan the office already wrote): wired by the window,
     * since it is not the list's to know.
     */
    public void addAction(String id, String text, String accessibleText, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessibleText);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(event -> action.run());
        box.getChildren().add(button);
    }

    private void bind() {
        createSample.disableProperty().bind(model.busyProperty());
        createNew.disableProperty().bind(model.busyProperty());
    }

    private void wire() {
        createSample.setOnAction(event -> model.createSample());
        createNew.setOnAction(event -> onCreateNew.run());
        visibleProperty().addListener((observable, was, shown) -> {
            if (shown) {
                createSample.requestFocus();
            }
        });
    }
}
