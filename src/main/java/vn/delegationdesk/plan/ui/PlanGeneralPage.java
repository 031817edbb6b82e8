package vn.delegationdesk.plan.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EnumConverter;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Thông tin chung": kind, number, date, place, title, issuing body and signer, grounds, period, purposes, requirements,
 * funding, recipients and the reporting regime.
 */
final class PlanGeneralPage extends VBox {
    private final PlanEditorViewModel model;
    private final Messages messages;

    PlanGeneralPage(PlanEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        ChoiceBox<PlanKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(PlanKind.values());
        kind.setConverter(EnumConverter.of(PlanKind.class, e -> PlanTexts.label(messages, e)));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        Forms.name(kind, "plan-kind", messages.get("ui.plan.field.kind"));

        ComboBox<BodyProfile> body = new ComboBox<>(model.bodyChoices());
        body.setId(PlanIds.BODY_CHOICE);
        body.setPromptText(messages.get("ui.plan.field.bodyChoice.prompt"));
        body.setConverter(converter(p -> p == null ? "" : p.label()));
        body.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Signer> signer = new ComboBox<>();
        signer.setPromptText(messages.get("ui.plan.field.signerChoice.prompt"));
        signer.setConverter(converter(s -> s == null ? "" : (s.signsOnBehalf() ? s.authorityPrefix() + " " : "") + s.title() + " – "
                + s.name()));
        signer.setMaxWidth(Double.MAX_VALUE);
        body.valueProperty().addListener((o, old, chosen) -> {
            model.applyBody(chosen);
            signer.getItems().setAll(chosen == null ? java.util.List.of() : chosen.signers());
        });
        signer.valueProperty().addListener((o, old, chosen) -> model.applySigner(chosen));

        GridPane head = Forms.grid(4);
        Forms.row(head, 0, 0, messages.get("ui.plan.field.kind"), kind, 1);
        Forms.row(head, 1, 0, messages.get("ui.plan.field.number"),
                field("plan-number", "ui.plan.field.number", model.numberProperty()), 1);
        Forms.row(head, 2, 0, messages.get("ui.plan.field.symbol"),
                field("plan-symbol", "ui.plan.field.symbol", model.symbolProperty()), 1);
        Forms.row(head, 3, 0, messages.get("ui.plan.field.issuedOn"),
                field("plan-issued-on", "ui.plan.field.issuedOn", model.issuedOnProperty()), 1);
        Forms.row(head, 0, 1, messages.get("ui.plan.field.place"), field("plan-place", "ui.plan.field.place", model.placeProperty()), 1);
        Forms.row(head, 1, 1, messages.get("ui.plan.field.periodFrom"),
                field("plan-period-from", "ui.plan.field.periodFrom", model.periodFromProperty()), 1);
        Forms.row(head, 2, 1, messages.get("ui.plan.field.periodTo"),
                field("plan-period-to", "ui.plan.field.periodTo", model.periodToProperty()), 1);
        TextArea title = Forms.area(PlanIds.TITLE, messages.get("ui.plan.field.title"), model.titleProperty(), 2);
        Forms.row(head, 0, 2, messages.get("ui.plan.field.title"), title, 4);

        GridPane issuer = Forms.grid(2);
        Forms.row(issuer, 0, 0, messages.get("ui.plan.field.bodyChoice"), body, 1);
        Forms.row(issuer, 1, 0, messages.get("ui.plan.field.signerChoice"), signer, 1);
        Forms.row(issuer, 0, 1, messages.get("ui.plan.field.parentBody"),
                field("plan-parent-body", "ui.plan.field.parentBody", model.parentBodyProperty()), 1);
        Forms.row(issuer, 1, 1, messages.get("ui.plan.field.bodyName"),
                field("plan-body-name", "ui.plan.field.bodyName", model.bodyNameProperty()), 1);
        Forms.row(issuer, 0, 2, messages.get("ui.plan.field.abbreviation"),
                field("plan-abbreviation", "ui.plan.field.abbreviation", model.abbreviationProperty()), 1);
        Forms.row(issuer, 1, 2, messages.get("ui.plan.field.signerPrefix"),
                field("plan-signer-prefix", "ui.plan.field.signerPrefix", model.signerPrefixProperty()), 1);
        Forms.row(issuer, 0, 3, messages.get("ui.plan.field.signerPrincipal"),
                field("plan-signer-principal", "ui.plan.field.signerPrincipal", model.signerPrincipalProperty()), 1);
        Forms.row(issuer, 1, 3, messages.get("ui.plan.field.signerTitle"),
                field("plan-signer-title", "ui.plan.field.signerTitle", model.signerTitleProperty()), 1);
        Forms.row(issuer, 0, 4, messages.get("ui.plan.field.signerName"),
                field("plan-signer-name", "ui.plan.field.signerName", model.signerNameProperty()), 1);

        GridPane texts = Forms.grid(1);
        Forms.row(texts, 0, 0, messages.get("ui.plan.field.grounds"), area("plan-grounds", "ui.plan.field.grounds",
                model.groundsProperty(), 3, "ui.plan.field.grounds.prompt"), 1);
        Forms.row(texts, 0, 1, messages.get("ui.plan.field.purposes"), area("plan-purposes", "ui.plan.field.purposes",
                model.purposesProperty(), 3, "ui.plan.field.lines.prompt"), 1);
        Forms.row(texts, 0, 2, messages.get("ui.plan.field.requirements"), area("plan-requirements", "ui.plan.field.requirements",
                model.requirementsProperty(), 3, "ui.plan.field.lines.prompt"), 1);
        Forms.row(texts, 0, 3, messages.get("ui.plan.field.funding"), area("plan-funding", "ui.plan.field.funding",
                model.fundingProperty(), 2, "ui.plan.field.funding.prompt"), 1);
        Forms.row(texts, 0, 4, messages.get("ui.plan.field.recipients"), area("plan-recipients", "ui.plan.field.recipients",
                model.recipientsProperty(), 3, "ui.plan.field.lines.prompt"), 1);

        PlanRuleForm rule = model.ruleForm();
        ListView<String> rules = new ListView<>(rule.rows());
        rules.setId("plan-rules");
        rules.setPrefHeight(96);
        rules.setPlaceholder(Nodes.label(messages.get("ui.plan.rule.none"), Styles.PLACEHOLDER));
        ChoiceBox<ReportFrequency> frequency = new ChoiceBox<>();
        frequency.getItems().setAll(ReportFrequency.values());
        frequency.setConverter(EnumConverter.of(ReportFrequency.class, e -> PlanTexts.label(messages, e)));
        frequency.valueProperty().bindBidirectional(rule.frequencyProperty());
        Forms.name(frequency, "plan-rule-frequency", messages.get("ui.plan.rule.frequency"));
        TextField date = field("plan-rule-date", "ui.plan.rule.date", rule.dateProperty());
        date.setPromptText(messages.get("ui.plan.rule.date.prompt"));
        date.setPrefColumnCount(8);
        TextField recipient = field("plan-rule-recipient", "ui.plan.rule.recipient", rule.recipientProperty());
        recipient.setPromptText(messages.get("ui.plan.rule.recipient"));
        HBox.setHgrow(recipient, javafx.scene.layout.Priority.ALWAYS);
        Button add = Buttons.action("plan-rule-add", messages.get("ui.plan.rule.add"), messages.get("ui.plan.rule.add"),
                rule::add);
        Button remove = Buttons.action("plan-rule-remove", messages.get("ui.plan.rule.remove"), messages.get("ui.plan.rule.remove"),
                () -> rule.remove(rules.getSelectionModel().getSelectedIndex()));
        disableWhileRefused(add, remove);
        Label ruleError = Nodes.wrapping("", Styles.FORM_ERROR);
        ruleError.textProperty().bind(rule.errorProperty());
        HBox ruleForm = Nodes.hbox(Styles.TOOLBAR, frequency, Nodes.label(messages.get("ui.plan.rule.before.label"), Styles.FIELD_LABEL),
                date, recipient, add, remove);
        VBox reporting = Forms.card(messages.get("ui.plan.card.reporting"), rules, ruleForm, ruleError);

        VBox content = Nodes.vbox(Styles.PAGE_CONTENT, Forms.card(messages.get("ui.plan.card.document"), head),
                Forms.card(messages.get("ui.plan.card.issuer"), issuer), Forms.card(messages.get("ui.plan.card.texts"), texts), reporting);
        getChildren().add(Pages.scrolling(content));
        VBox.setVgrow(getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
    }

    private void disableWhileRefused(Button... buttons) {
        for (Button b : buttons) {
            b.disableProperty().bind(model.writeRefusalProperty().isNotEmpty());
        }
    }

    private TextField field(String id, String key, StringProperty value) {
        return Forms.text(id, messages.get(key), value);
    }

    private TextArea area(String id, String key, StringProperty value, int rows, String promptKey) {
        TextArea area = Forms.area(id, messages.get(key), value, rows);
        area.setPromptText(messages.get(promptKey));
        return area;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
