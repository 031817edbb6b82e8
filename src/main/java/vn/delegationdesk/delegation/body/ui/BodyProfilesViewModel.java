package vn.delegationdesk.delegation.body.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.body.BodyProfiles;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Cơ quan ban hành và người ký": the kept bodies on the left, the chosen one's fields and signers on the right.
 * A new profile starts empty or from the open delegation; "Lưu" stores it whole or lists every problem in words and
 * stores nothing; "Xóa" asks first and touches no delegation (each keeps its own copy of body and signer).
 */
public final class BodyProfilesViewModel extends ViewModel {
    private final BodyProfiles service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<BodyProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<BodyProfile> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty parentBody = new SimpleStringProperty(this, "parentBody", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty abbreviation = new SimpleStringProperty(this, "abbreviation", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty budgetUnitCode = new SimpleStringProperty(this, "budgetUnitCode", "");
    private final StringProperty basisKind = new SimpleStringProperty(this, "basisKind", "");
    private final StringProperty basisNumber = new SimpleStringProperty(this, "basisNumber", "");
    private final DateInput basisDate;
    private final StringProperty basisIssuer = new SimpleStringProperty(this, "basisIssuer", "");
    private final StringProperty basisSubject = new SimpleStringProperty(this, "basisSubject", "");
    private final ObservableList<SignerRow> signers = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** What the form showed when it was last loaded or saved; changes are measured against it. */
    private BodyProfile baseline;

    public BodyProfilesViewModel(BodyProfiles service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        super(tasks);
        this.service = Objects.requireNonNull(service, "service");
        this.dialogs = dialogs;
        this.messages = messages;
        this.basisDate = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.bodies.field.basisDate")), m -> { });
        show(empty());
    }

    /** Reads the kept profiles and shows the first (or an empty form when there is none). */
    public void load() {
        runInBackground(service::all, found -> {
            profiles.setAll(found);
            BodyProfile first = found.isEmpty() ? null : found.get(0);
            selected.set(first);
            show(first == null ? empty() : first);
        }, this::failed);
    }

    /** Shows another profile, after asking when the one shown has unsaved changes. */
    public void select(BodyProfile profile) {
        if (profile == null || profile.equals(selected.get()) || !mayLeave()) {
            return;
        }
        selected.set(profile);
        show(profile);
    }

    /** An empty form for a new body. */
    public void newProfile() {
        if (mayLeave()) {
            selected.set(null);
            show(empty());
        }
    }

    /** A new profile filled with what {@code open} prints: its body, place and signer. */
    public void takeFrom(Delegation open) {
        if (open != null && mayLeave()) {
            selected.set(null);
            show(BodyProfiles.from(open));
            baseline = empty();
        }
    }

    public void addSigner() {
        signers.add(new SignerRow(new Signer("", "", "", "")));
    }

    public void removeSigner(int index) {
        if (index >= 0 && index < signers.size()) {
            signers.remove(index);
        }
    }

    /** Stores the form whole; a refused profile lists its problems and nothing is stored. */
    public void save() {
        BodyProfile edited = edited();
        problems.clear();
        if (basisDate.errorProperty().get() != null) {
            problems.add(basisDate.errorProperty().get());
            return;
        }
        runInBackground(() -> service.save(edited), stored -> {
            List<BodyProfile> updated = new java.util.ArrayList<>(profiles);
            int at = indexOf(updated, stored.id());
            if (at < 0) {
                updated.add(stored);
            } else {
                updated.set(at, stored);
            }
            profiles.setAll(updated);
            selected.set(stored);
            show(stored);
            status.set(messages.get("ui.bodies.saved", stored.label()));
        }, this::failed);
    }

    /** Deletes the shown profile after asking; delegations made from it keep their body and signer. */
    public void delete() {
        BodyProfile shown = selected.get();
        if (shown == null || shown.id() == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("ui.bodies.delete.title"), messages.get("ui.bodies.delete.message", shown.label()),
                messages.get("ui.bodies.delete.action"))) {
            return;
        }
        long id = shown.id();
        runInBackground(() -> service.delete(id), deleted -> {
            profiles.removeIf(p -> Objects.equals(p.id(), id));
            BodyProfile next = profiles.isEmpty() ? null : profiles.get(0);
            selected.set(next);
            show(next == null ? empty() : next);
            status.set(messages.get("ui.bodies.deleted", shown.label()));
        }, this::failed);
    }

    /** True when the form holds changes not stored. */
    public boolean isDirty() {
        return !edited().equals(baseline) || basisDate.errorProperty().get() != null;
    }

    /** Whether the dialog may close (or the form be replaced): asks when there are unsaved changes. */
    public boolean mayLeave() {
        if (!isDirty()) {
            return true;
        }
        return dialogs.confirm(messages.get("ui.bodies.unsaved.title"), messages.get("ui.bodies.unsaved.message"),
                messages.get("ui.bodies.unsaved.action"));
    }

    /** The profile as the form holds it now. */
    public BodyProfile edited() {
        LegalBasis basis = new LegalBasis(basisKind.get(), basisNumber.get(), basisDate.valueProperty().get(), basisIssuer.get(),
                basisSubject.get());
        BodyProfile shown = selected.get();
        return new BodyProfile(shown == null ? null : shown.id(), new IssuingBody(parentBody.get(), name.get(), abbreviation.get()),
                place.get(), budgetUnitCode.get(), basis, signers.stream().map(SignerRow::toSigner).toList());
    }

    private void show(BodyProfile profile) {
        IssuingBody body = profile.body();
        parentBody.set(body.parentBody());
        name.set(body.name());
        abbreviation.set(body.abbreviation());
        place.set(profile.place());
        budgetUnitCode.set(profile.budgetUnitCode());
        LegalBasis basis = profile.authorityBasis();
        basisKind.set(basis == null ? messages.get("ui.bodies.basisKind.default") : basis.kind());
        basisNumber.set(basis == null ? "" : basis.number());
        basisDate.show(basis == null ? null : basis.date());
        basisIssuer.set(basis == null ? "" : basis.issuer());
        basisSubject.set(basis == null ? "" : basis.subject());
        signers.setAll(profile.signers().stream().map(SignerRow::new).toList());
        problems.clear();
        baseline = edited();
    }

    private BodyProfile empty() {
        return new BodyProfile(null, new IssuingBody("", "", ""), "", "", null, List.of());
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException invalid) {
            problems.setAll(invalid.errors().stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList());
            return;
        }
        dialogs.showError(messages.get("ui.bodies.failed"), messages.describeFailure(error, "\n"));
    }

    private static int indexOf(List<BodyProfile> list, Long id) {
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(list.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<BodyProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<BodyProfile> selectedProperty() {
        return selected;
    }

    public StringProperty parentBodyProperty() {
        return parentBody;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty budgetUnitCodeProperty() {
        return budgetUnitCode;
    }

    public StringProperty basisKindProperty() {
        return basisKind;
    }

    public StringProperty basisNumberProperty() {
        return basisNumber;
    }

    public DateInput basisDate() {
        return basisDate;
    }

    public StringProperty basisIssuerProperty() {
        return basisIssuer;
    }

    public StringProperty basisSubjectProperty() {
        return basisSubject;
    }

    public ObservableList<SignerRow> signers() {
        return signers;
    }

    /** The problems of the last refused save, each naming its field. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** What the last action did ("Đã lưu …"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
