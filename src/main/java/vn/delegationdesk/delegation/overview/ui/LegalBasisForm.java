package vn.delegationdesk.delegation.overview.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.draft.ItemFields;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;

/** The form of the selected legal basis: kind, number, date, issuer, subject; each change replaces it in the draft. */
public final class LegalBasisForm {
    private final DelegationDraft draft;
    private final DraftList<LegalBasis> bases;
    private final ItemFields<LegalBasis> fields;
    private final StringProperty kind;
    private final StringProperty number;
    private final StringProperty issuer;
    private final StringProperty subject;
    private final DateInput date;
    private final BooleanBinding present;

    LegalBasisForm(DelegationDraft draft, DraftList<LegalBasis> bases, Messages messages) {
        this.draft = draft;
        this.bases = bases;
        this.fields = new ItemFields<>(bases);
        date = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.legalBasis.date")),
                message -> draft.reportInputError("legalBasisForm.date", message));
        present = Bindings.createBooleanBinding(() -> bases.selectedItem() != null, bases.selectedProperty(), bases.items());
        kind = fields.text("kind", LegalBasis::kind, (b, v) -> new LegalBasis(v, b.number(), b.date(), b.issuer(), b.subject()));
        number = fields.text("number", LegalBasis::number, (b, v) -> new LegalBasis(b.kind(), v, b.date(), b.issuer(), b.subject()));
        issuer = fields.text("issuer", LegalBasis::issuer, (b, v) -> new LegalBasis(b.kind(), b.number(), b.date(), v, b.subject()));
        subject = fields.text("subject", LegalBasis::subject,
                (b, v) -> new LegalBasis(b.kind(), b.number(), b.date(), b.issuer(), v));
        date.valueProperty().addListener((o, old, v) -> fields.write(
                b -> new LegalBasis(b.kind(), b.number(), v, b.issuer(), b.subject())));
        fields.onShow(this::showDate);
    }

    private void showDate(LegalBasis basis, boolean anotherBasis) {
        if (anotherBasis) {
            draft.reportInputError("legalBasisForm.date", null);
        }
        // Text the draft still waits for stays typed (see OverviewEditorViewModel); choosing another basis drops it.
        if (basis == null || !draft.inputErrors().containsKey("legalBasisForm.date")) {
            date.show(basis == null ? null : basis.date());
        }
    }

    public BooleanBinding presentProperty() {
        return present;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public DateInput date() {
        return date;
    }

    public StringBinding kindError() {
        return Bindings.createStringBinding(() -> draft.messageAt("legalBases[" + bases.selectedProperty().get() + "].kind"),
                draft.errors(), bases.selectedProperty());
    }
}
