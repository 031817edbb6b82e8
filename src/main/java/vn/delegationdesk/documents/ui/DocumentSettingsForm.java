package vn.delegationdesk.documents.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSettingsValidator;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.DateInput;

/**
 * The fields of the document settings on the "Văn bản" tab, as text: what the user types goes to {@code onEdit} as
 * a change of the settings, once it is a value; a number or date that is not one is reported to the draft as an input
 * error instead, so saving waits until it is fixed. {@link #show} puts settings back into the fields. The page binds
 * its fields to these properties; the view model takes the changes.
 */
public final class DocumentSettingsForm {
    private static final String DRAFT_ERROR_PREFIX = "documents.";
    private static final int MAX_ORDER_DIGITS = 6;

    private final StringProperty decisionNumber = new SimpleStringProperty(this, "decisionNumber", "");
    private final StringProperty proposer = new SimpleStringProperty(this, "proposer", "");
    private final StringProperty recipients = new SimpleStringProperty(this, "recipients", "");
    private final StringProperty reportNumber = new SimpleStringProperty(this, "reportNumber", "");
    private final StringProperty spending = new SimpleStringProperty(this, "spending", "");
    private final ReadOnlyStringWrapper spendingError = new ReadOnlyStringWrapper(this, "spendingError");
    private final StringProperty budgetUnitCode = new SimpleStringProperty(this, "budgetUnitCode", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty firstOrderNumber = new SimpleStringProperty(this, "firstOrderNumber", "");
    private final ReadOnlyStringWrapper firstOrderNumberError = new ReadOnlyStringWrapper(this, "firstOrderNumberError");
    private final StringProperty contacts = new SimpleStringProperty(this, "contacts", "");
    private final StringProperty approver = new SimpleStringProperty(this, "approver", "");
    private final StringProperty approvalNumber = new SimpleStringProperty(this, "approvalNumber", "");
    private final StringProperty approvedTotal = new SimpleStringProperty(this, "approvedTotal", "");
    private final ReadOnlyStringWrapper approvalError = new ReadOnlyStringWrapper(this, "approvalError");
    private final DateInput decisionDate;
    private final DateInput reportDate;
    private final DateInput approvalDate;
    private final StringProperty proposalNumber = new SimpleStringProperty(this, "proposalNumber", "");
    private final DateInput proposalDate;

    private final DelegationDraft draft;
    private final Messages messages;
    private final Consumer<UnaryOperator<DocumentSettings>> onEdit;
    private boolean syncing;
    /** The draft's input errors this form reported for refused texts, by key. */
    private final Set<String> textErrors = new HashSet<>();

    DocumentSettingsForm(DelegationDraft draft, Messages messages, Consumer<UnaryOperator<DocumentSettings>> onEdit) {
        this.draft = draft;
        this.messages = messages;
        this.onEdit = onEdit;
        decisionDate = new DateInput(messages.get("ui.documents.error.date", messages.get("ui.documents.field.decisionDate")),
                message -> draft.reportInputError(DRAFT_ERROR_PREFIX + "decisionDate", message));
        reportDate = new DateInput(messages.get("ui.documents.error.date", messages.get("ui.documents.field.reportDate")),
                message -> draft.reportInputError(DRAFT_ERROR_PREFIX + "reportDate", message));
        approvalDate = new DateInput(messages.get("ui.documents.error.date", messages.get("ui.documents.field.approvalDate")),
                message -> draft.reportInputError(DRAFT_ERROR_PREFIX + "approvalDate", message));
        proposalDate = new DateInput(messages.get("ui.documents.error.date", messages.get("ui.documents.field.proposalDate")),
                message -> draft.reportInputError(DRAFT_ERROR_PREFIX + "proposalDate", message));
        wire();
    }

    public StringProperty decisionNumberProperty() {
        return decisionNumber;
    }

    public DateInput decisionDate() {
        return decisionDate;
    }

    /** "Số tờ trình đoàn ra": the Tờ trình xin chủ trương of a delegation abroad. */
    public StringProperty proposalNumberProperty() {
        return proposalNumber;
    }

    public DateInput proposalDate() {
        return proposalDate;
    }

    public StringProperty proposerProperty() {
        return proposer;
    }

    /** "Nơi nhận" of the decision, one per line. */
    public StringProperty recipientsProperty() {
        return recipients;
    }

    public StringProperty reportNumberProperty() {
        return reportNumber;
    }

    public DateInput reportDate() {
        return reportDate;
    }

    /** "Kinh phí thực chi" as typed ("64.250.000"); blank until known. */
    public StringProperty spendingProperty() {
        return spending;
    }

    /** Why the typed spending is refused, naming the field; null while it is a figure. */
    public ReadOnlyStringProperty spendingErrorProperty() {
        return spendingError.getReadOnlyProperty();
    }

    public StringProperty budgetUnitCodeProperty() {
        return budgetUnitCode;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty firstOrderNumberProperty() {
        return firstOrderNumber;
    }

    /** Why the typed first travel-order number is refused, naming the field; null while it is a number. */
    public ReadOnlyStringProperty firstOrderNumberErrorProperty() {
        return firstOrderNumberError.getReadOnlyProperty();
    }

    /** "Liên hệ" lines of the itinerary, one per line. */
    public StringProperty contactsProperty() {
        return contacts;
    }

    /** "Cơ quan duyệt" of the approved estimate ("Sở Tài chính"). */
    public StringProperty approverProperty() {
        return approver;
    }

    /** "Số văn bản duyệt" ("215/QĐ-STC"). */
    public StringProperty approvalNumberProperty() {
        return approvalNumber;
    }

    public DateInput approvalDate() {
        return approvalDate;
    }

    /** "Tổng kinh phí được duyệt (đồng)" as typed ("420.000.000"). */
    public StringProperty approvedTotalProperty() {
        return approvedTotal;
    }

    /**
     * Why the approval as typed is refused (a field left empty while others are filled, a total that is not whole
     * đồng), naming the fields; null while it is an approval or all four fields are empty.
     */
    public ReadOnlyStringProperty approvalErrorProperty() {
        return approvalError.getReadOnlyProperty();
    }

    private void wire() {
        onText(decisionNumber, (s, t) -> s.withDecision(new IssueNumber(t, s.decision().date())));
        decisionDate.valueProperty().addListener((o, old, date) -> edit(s -> s.withDecision(
                new IssueNumber(s.decision().number(), date))));
        onText(proposalNumber, (s, t) -> s.withOutboundProposal(new IssueNumber(t, s.outboundProposal().date())));
        proposalDate.valueProperty().addListener((o, old, date) -> edit(s -> s.withOutboundProposal(
                new IssueNumber(s.outboundProposal().number(), date))));
        onText(proposer, DocumentSettings::withDecisionProposer);
        onText(recipients, (s, t) -> s.withDecisionRecipients(lines(t)));
        onText(reportNumber, (s, t) -> s.withResultsReport(new IssueNumber(t, s.resultsReport().date())));
        reportDate.valueProperty().addListener((o, old, date) -> edit(s -> s.withResultsReport(
                new IssueNumber(s.resultsReport().number(), date))));
        spending.addListener((o, old, typed) -> {
            if (!syncing) {
                typedSpending(typed);
            }
        });
        onText(budgetUnitCode, DocumentSettings::withBudgetUnitCode);
        onText(department, DocumentSettings::withTravelOrderDepartment);
        firstOrderNumber.addListener((o, old, typed) -> {
            if (!syncing) {
                typedFirstOrderNumber(typed);
            }
        });
        onText(contacts, (s, t) -> s.withItineraryContacts(lines(t)));
        for (StringProperty field : List.of(approver, approvalNumber, approvalDate.textProperty(), approvedTotal)) {
            field.addListener((o, old, typed) -> {
                if (!syncing) {
                    typedApproval();
                }
            });
        }
    }

    private interface TextEdit {
        DocumentSettings apply(DocumentSettings settings, String text);
    }

    private void onText(StringProperty field, TextEdit edit) {
        field.addListener((o, old, typed) -> {
            if (!syncing) {
                edit(s -> edit.apply(s, typed == null ? "" : typed));
            }
        });
    }

    private void edit(UnaryOperator<DocumentSettings> change) {
        if (!syncing) {
            onEdit.accept(change);
        }
    }

    private void typedSpending(String typed) {
        String text = typed == null ? "" : typed.strip();
        Long amount = null;
        if (!text.isEmpty()) {
            OptionalLong parsed = VietnameseNumbers.parseWhole(text);
            if (parsed.isEmpty()) {
                String message = messages.get("ui.documents.error.spending", messages.get("ui.documents.field.spending"),
                        text);
                inputError(spendingError, "actualSpending", message);
                return;
            }
            amount = parsed.getAsLong();
        }
        inputError(spendingError, "actualSpending", null);
        Long value = amount;
        edit(s -> s.withActualSpending(value));
    }

    private void typedFirstOrderNumber(String typed) {
        String text = typed == null ? "" : typed.strip();
        int number = 0;
        if (!text.isEmpty()) {
            if (!text.matches("\\d{1," + MAX_ORDER_DIGITS + "}")) {
                String message = messages.get("ui.documents.error.orderNumber", messages.get("ui.documents.field.firstOrder"),
                        text);
                inputError(firstOrderNumberError, "firstTravelOrderNumber", message);
                return;
            }
            number = Integer.parseInt(text);
        }
        inputError(firstOrderNumberError, "firstTravelOrderNumber", null);
        int value = number;
        edit(s -> s.withFirstTravelOrderNumber(value));
    }

    /**
     * The four approval fields together: all empty is no approval; all filled and readable is the approval; otherwise
     * an input error naming the field (a date that is not one is the date field's own error).
     */
    private void typedApproval() {
        String who = Texts.clean(approver.get());
        String number = Texts.clean(approvalNumber.get());
        String dateText = Texts.clean(approvalDate.textProperty().get());
        String totalText = Texts.clean(approvedTotal.get());
        if (who.isEmpty() && number.isEmpty() && dateText.isEmpty() && totalText.isEmpty()) {
            inputError(approvalError, "estimateApproval", null);
            edit(s -> s.withApproval(null));
            return;
        }
        OptionalLong total = totalText.isEmpty() ? OptionalLong.empty() : VietnameseNumbers.parseWhole(totalText);
        if (!totalText.isEmpty() && total.isEmpty()) {
            inputError(approvalError, "estimateApproval", messages.get("ui.documents.error.approvedTotal",
                    messages.get("ui.documents.field.approvedTotal"), totalText));
            return;
        }
        List<String> missing = new ArrayList<>();
        addIfEmpty(missing, who, "ui.documents.field.approver");
        addIfEmpty(missing, number, "ui.documents.field.approvalNumber");
        addIfEmpty(missing, dateText, "ui.documents.field.approvalDate");
        addIfEmpty(missing, totalText, "ui.documents.field.approvedTotal");
        if (!missing.isEmpty()) {
            inputError(approvalError, "estimateApproval", messages.get("ui.documents.error.approvalIncomplete",
                    String.join(", ", missing)));
            return;
        }
        inputError(approvalError, "estimateApproval", null);
        LocalDate date = approvalDate.valueProperty().get();
        if (approvalDate.errorProperty().get() != null || date == null) {
            return; // the date field says why
        }
        EstimateApproval approval = new EstimateApproval(who, number, date, total.getAsLong());
        edit(s -> s.withApproval(approval));
    }

    private void addIfEmpty(List<String> missing, String text, String fieldKey) {
        if (text.isEmpty()) {
            missing.add(messages.get(fieldKey));
        }
    }

    /**
     * Reports each text of {@code settings} the text policy refuses (too long, a control character…) to the draft as an
     * input error, so that saving waits until it is fixed, and withdraws those fixed since.
     */
    void checkTexts(DocumentSettings settings) {
        Set<String> now = new HashSet<>();
        for (ValidationError error : DocumentSettingsValidator.validate(settings, "")) {
            String key = DRAFT_ERROR_PREFIX + error.path();
            if (now.add(key)) {
                draft.reportInputError(key, messages.get(error.messageKey(), error.args().toArray()));
            }
        }
        for (String key : textErrors) {
            if (!now.contains(key)) {
                draft.reportInputError(key, null);
            }
        }
        textErrors.clear();
        textErrors.addAll(now);
    }

    /** Shows why the typed text is refused on its field and reports it to the draft as {@code key}; null: none is. */
    private void inputError(ReadOnlyStringWrapper error, String key, String message) {
        error.set(message);
        draft.reportInputError(DRAFT_ERROR_PREFIX + key, message);
    }

    /** Shows the settings in the fields, forgetting any refused text; a field equal up to spaces keeps its text. */
    void show(DocumentSettings s) {
        syncing = true;
        try {
            showText(decisionNumber, s.decision().number());
            decisionDate.show(s.decision().date());
            showText(proposer, s.decisionProposer());
            showLines(recipients, s.decisionRecipients());
            showText(reportNumber, s.resultsReport().number());
            reportDate.show(s.resultsReport().date());
            if (!Objects.equals(VietnameseNumbers.parseWhole(spending.get()), optional(s.actualSpending()))
                    || spendingError.get() != null) {
                spending.set(s.actualSpending() == null ? "" : VietnameseNumbers.format(s.actualSpending()));
            }
            spendingError.set(null);
            showText(budgetUnitCode, s.budgetUnitCode());
            showText(department, s.travelOrderDepartment());
            String order = s.firstTravelOrderNumber() == 0 ? "" : Integer.toString(s.firstTravelOrderNumber());
            if (!firstOrderNumber.get().strip().equals(order)) {
                firstOrderNumber.set(order);
            }
            firstOrderNumberError.set(null);
            showLines(contacts, s.itineraryContacts());
            showApproval(s.approval());
            showText(proposalNumber, s.outboundProposal().number());
            proposalDate.show(s.outboundProposal().date());
        } finally {
            syncing = false;
        }
        for (String key : List.of("decisionDate", "reportDate", "actualSpending", "firstTravelOrderNumber", "approvalDate",
                "estimateApproval", "proposalDate")) {
            draft.reportInputError(DRAFT_ERROR_PREFIX + key, null);
        }
    }

    private void showApproval(EstimateApproval approval) {
        showText(approver, approval == null ? "" : approval.approver());
        showText(approvalNumber, approval == null ? "" : approval.number());
        approvalDate.show(approval == null ? null : approval.date());
        OptionalLong total = approval == null ? OptionalLong.empty() : OptionalLong.of(approval.total());
        if (!VietnameseNumbers.parseWhole(Texts.clean(approvedTotal.get())).equals(total) || approvalError.get() != null) {
            approvedTotal.set(approval == null ? "" : VietnameseNumbers.format(approval.total()));
        }
        approvalError.set(null);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static void showText(StringProperty field, String value) {
        if (!Texts.clean(field.get()).equals(value)) {
            field.set(value);
        }
    }

    private static void showLines(StringProperty field, List<String> value) {
        if (!lines(field.get()).equals(value)) {
            field.set(String.join("\n", value));
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream((text == null ? "" : text).split("\\R")).map(Texts::clean).filter(l -> !l.isEmpty()).toList();
    }
}
