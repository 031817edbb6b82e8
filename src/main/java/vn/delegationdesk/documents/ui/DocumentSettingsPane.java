package vn.delegationdesk.documents.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.DateInput;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The right of "Văn bản": what the documents take from the overview tab, and the fields of the document settings,
 * each with its label above it, a number beside its date. The fields take no edit until the stored settings were read.
 */
final class DocumentSettingsPane {
    /** The width of the settings' column, its scroll bar included. */
    static final double WIDTH = 410;

    private final DocumentSettingsForm form;
    private final ReadOnlyBooleanProperty ready;
    private final ReadOnlyStringProperty overviewInfo;
    private final ReadOnlyStringProperty approvalWarning;
    private final Messages messages;
    private final Node node;

    /**
     * {@code ready}: the stored settings were read; {@code overviewInfo}: what the documents take from the overview tab;
     * {@code approvalWarning}: how the approved total differs from the current estimate, empty when it does not.
     */
    DocumentSettingsPane(DocumentSettingsForm form, ReadOnlyBooleanProperty ready, ReadOnlyStringProperty overviewInfo,
            ReadOnlyStringProperty approvalWarning, Messages messages) {
        this.form = form;
        this.ready = ready;
        this.overviewInfo = overviewInfo;
        this.approvalWarning = approvalWarning;
        this.messages = messages;
        node = layout();
    }

    Node node() {
        return node;
    }

    private Node layout() {
        VBox fields = new VBox(10,
                pair(number(DocumentIds.DECISION_NUMBER, "ui.documents.field.decisionNumber", form.decisionNumberProperty()),
                        date(DocumentIds.DECISION_DATE, "ui.documents.field.decisionDate", form.decisionDate())),
                text(DocumentIds.PROPOSER, "ui.documents.field.proposer", form.proposerProperty()),
                lines(DocumentIds.RECIPIENTS, "ui.documents.field.recipients", form.recipientsProperty(),
                        "ui.documents.field.recipients.hint"),
                pair(number(DocumentIds.REPORT_NUMBER, "ui.documents.field.reportNumber", form.reportNumberProperty()),
                        date(DocumentIds.REPORT_DATE, "ui.documents.field.reportDate", form.reportDate())),
                pair(checked(DocumentIds.SPENDING, "ui.documents.field.spending", form.spendingProperty(),
                                form.spendingErrorProperty()),
                        checked(DocumentIds.FIRST_ORDER_NUMBER, "ui.documents.field.firstOrder", form.firstOrderNumberProperty(),
                                form.firstOrderNumberErrorProperty())),
                pair(text(DocumentIds.BUDGET_UNIT_CODE, "ui.documents.field.budgetUnitCode", form.budgetUnitCodeProperty()),
                        text(DocumentIds.DEPARTMENT, "ui.documents.field.department", form.departmentProperty())),
                lines(DocumentIds.CONTACTS, "ui.documents.field.contacts", form.contactsProperty(),
                        "ui.documents.field.contacts.hint"),
                approval(),
                outboundProposal());
        fields.disableProperty().bind(ready.not());

        Label info = Nodes.wrapping("", Styles.MUTED);
        info.setId(DocumentIds.OVERVIEW_INFO);
        info.textProperty().bind(overviewInfo);
        VBox content = new VBox(10, Nodes.label(messages.get("ui.documents.settings.title"), Styles.SECTION_TITLE), info, fields);
        content.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Never narrower: the longest pair of labels ("Kinh phí thực chi (đồng)", "Số giấy đi đường đầu tiên") stays whole.
        scroll.setPrefWidth(WIDTH);
        scroll.setMinWidth(WIDTH);
        return scroll;
    }

    /**
     * "Dự toán được duyệt": who approved the estimate, the approving document's number and date, and the total; the
     * reason the four fields are refused together, and how the approved total differs from the current estimate.
     */
    private Node approval() {
        Label title = Nodes.label(messages.get("ui.documents.approval.title"), Styles.FIELD_LABEL);
        Label hint = Nodes.wrapping(messages.get("ui.documents.approval.hint"), Styles.MUTED);
        Label error = message(DocumentIds.APPROVAL_ERROR, form.approvalErrorProperty());
        Label warning = message(DocumentIds.APPROVAL_WARNING, approvalWarning);
        return new VBox(6, title, hint,
                pair(text(DocumentIds.APPROVER, "ui.documents.field.approver", form.approverProperty()),
                        number(DocumentIds.APPROVAL_NUMBER, "ui.documents.field.approvalNumber", form.approvalNumberProperty())),
                pair(date(DocumentIds.APPROVAL_DATE, "ui.documents.field.approvalDate", form.approvalDate()),
                        text(DocumentIds.APPROVED_TOTAL, "ui.documents.field.approvedTotal", form.approvedTotalProperty())),
                error, warning);
    }

    /** "Tờ trình đoàn ra": the number and date of the Tờ trình xin chủ trương, printed only on the papers abroad. */
    private Node outboundProposal() {
        Label title = Nodes.label(messages.get("ui.documents.proposal.title"), Styles.FIELD_LABEL);
        Label hint = Nodes.wrapping(messages.get("ui.documents.proposal.hint"), Styles.MUTED);
        return new VBox(6, title, hint,
                pair(number(DocumentIds.PROPOSAL_NUMBER, "ui.documents.field.proposalNumber", form.proposalNumberProperty()),
                        date(DocumentIds.PROPOSAL_DATE, "ui.documents.field.proposalDate", form.proposalDate())));
    }

    /** A message under a group, shown only while there is one. */
    private static Label message(String id, ReadOnlyStringProperty text) {
        Label label = Nodes.wrapping("", Styles.ACCENT_TEXT);
        label.setId(id);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    // ---- fields: the key of each is its label and what a screen reader says for it ---------------------

    /** A field with its label above it: the settings column is narrow and the labels are long. */
    private VBox field(String key, Control control) {
        control.setMaxWidth(Double.MAX_VALUE);
        return Nodes.vbox(Styles.DOCUMENT_FIELD, fieldLabel(messages.get(key), control), control);
    }

    /** Two fields side by side, sharing the width (a number and its date). */
    private static HBox pair(VBox left, VBox right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        HBox both = new HBox(10, left, right);
        both.setFillHeight(true);
        return both;
    }

    private VBox text(String id, String key, StringProperty value) {
        return field(key, Forms.text(id, messages.get(key), value));
    }

    /** A field whose typed text may be refused: {@code error} says why, on the field. */
    private VBox checked(String id, String key, StringProperty value, ReadOnlyStringProperty error) {
        return field(key, Forms.text(id, messages.get(key), value, error));
    }

    /** A number of a document ("125/QĐ-SVHTT"), with the prompt saying how it is written. */
    private VBox number(String id, String key, StringProperty value) {
        TextField number = Forms.text(id, messages.get(key), value);
        number.setPromptText(messages.get("ui.documents.number.prompt"));
        return field(key, number);
    }

    private VBox date(String id, String key, DateInput input) {
        TextField date = DateField.create(input, messages.get("ui.documents.date.prompt"));
        Forms.name(date, id, messages.get(key));
        VBox field = field(key, date);
        field.getChildren().add(FieldDecorations.reason(date));
        return field;
    }

    /** One entry a line, with a hint (as prompt and tooltip) saying what goes there. */
    private VBox lines(String id, String key, StringProperty value, String hintKey) {
        TextArea area = Forms.area(id, messages.get(key), value, 3);
        area.setPromptText(messages.get(hintKey));
        area.setTooltip(new Tooltip(messages.get(hintKey)));
        return field(key, area);
    }

    /** The label of a field, above it or beside it, never shortened; a screen reader says it for the field. */
    static Label fieldLabel(String text, Node field) {
        Label label = Nodes.label(text, Styles.FIELD_LABEL);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
