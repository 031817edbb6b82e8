package vn.delegationdesk.delegation.overview.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;

/** The form of the selected legal basis: kind, number, date, issuer, subject; each change replaces it in the draft. */
public final class LegalBasisForm {
    private final DelegationDraft draft;
    private final DraftList<LegalBasis> bases;
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final StringProperty issuer = new SimpleStringProperty(this, "issuer", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final DateInput date;
    private final BooleanBinding present;
    private boolean showing;

    LegalBasisForm(DelegationDraft draft, DraftList<LegalBasis> bases, Messages messages) {
        this.draft = draft;
        this.bases = bases;
        date = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.legalBasis.date")),
                message -> draft.reportInputError("legalBasisForm.date", message));
        present = Bindings.createBooleanBinding(() -> bases.selectedItem() != null, bases.selectedProperty(), bases.items());
        kind.addListener((o, old, v) -> write());
        number.addListener((o, old, v) -> write());
        issuer.addListener((o, old, v) -> write());
        subject.addListener((o, old, v) -> write());
        date.valueProperty().addListener((o, old, v) -> write());
        bases.selectedProperty().addListener((o, old, v) -> {
            draft.reportInputError("legalBasisForm.date", null);
            show();
        });
        draft.valueProperty().addListener((o, old, v) -> show());
        show();
    }

    private void show() {
        LegalBasis basis = bases.selectedItem();
        showing = true;
        try {
            setIfDifferent(kind, basis == null ? "" : basis.kind());
            setIfDifferent(number, basis == null ? "" : basis.number());
            setIfDifferent(issuer, basis == null ? "" : basis.issuer());
            setIfDifferent(subject, basis == null ? "" : basis.subject());
            // Text the draft still waits for stays typed (see OverviewEditorViewModel); choosing another basis drops it.
            if (basis == null || !draft.inputErrors().containsKey("legalBasisForm.date")) {
                date.show(basis == null ? null : basis.date());
            }
        } finally {
            showing = false;
        }
    }

    private static void setIfDifferent(StringProperty property, String stored) {
        if (!Texts.clean(property.get()).equals(stored)) {
            property.set(stored);
        }
    }

    private void write() {
        if (showing || bases.selectedItem() == null) {
            return;
        }
        bases.replace(bases.selectedProperty().get(), new LegalBasis(kind.get(), number.get(), date.valueProperty().get(),
                issuer.get(), subject.get()));
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
