package vn.delegationdesk.delegation.editor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;

/**
 * The small form behind "Tạo đoàn mới…" and "Sao chép thành đoàn mới…": a title, the trip's dates (for a copy
 * only the new start; the length comes from the original), for a copy whether the members come along, and for a new
 * one whose body and signer its documents carry: nothing is taken from elsewhere without being shown.
 */
public final class NewDelegationForm {
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final DateInput start;
    private final DateInput end;
    private final BooleanProperty withMembers = new SimpleBooleanProperty(this, "withMembers", false);
    private final ObservableList<BodyOption> bodies = FXCollections.observableArrayList();
    private final ObjectProperty<BodyOption> body = new SimpleObjectProperty<>(this, "body");
    private final ObservableList<Signer> signers = FXCollections.observableArrayList();
    private final ObjectProperty<Signer> signer = new SimpleObjectProperty<>(this, "signer");
    private final BooleanProperty withBasis = new SimpleBooleanProperty(this, "withBasis", true);
    private final BooleanBinding basisOffered;
    private final StringBinding preview;
    private final Messages messages;
    private final StringBinding problem;
    private final StringBinding titleError;
    private final StringBinding endError;
    private final BooleanBinding valid;

    public NewDelegationForm(Messages messages, String initialTitle, LocalDate initialStart) {
        this.messages = messages;
        body.addListener((observable, old, chosen) -> {
            List<Signer> offered = chosen == null || chosen.profile() == null ? List.of() : chosen.profile().signers();
            signers.setAll(offered);
            signer.set(offered.isEmpty() ? null : offered.get(0));
        });
        basisOffered = Bindings.createBooleanBinding(() -> body.get() != null && body.get().profile() != null
                && body.get().profile().authorityBasis() != null, body);
        preview = Bindings.createStringBinding(this::describe, body, signer);
        start = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.field.startDate")), m -> { });
        end = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.field.endDate")), m -> { });
        title.set(initialTitle);
        start.show(initialStart);
        titleError = Bindings.createStringBinding(() -> title.get() == null || title.get().isBlank()
                ? messages.get("ui.new.error.title") : null, title);
        endError = Bindings.createStringBinding(() -> {
            LocalDate s = start.valueProperty().get();
            LocalDate e = end.valueProperty().get();
            return s != null && e != null && e.isBefore(s) ? messages.get("ui.new.error.endBeforeStart") : end.errorProperty().get();
        }, start.valueProperty(), end.valueProperty(), end.errorProperty());
        problem = Bindings.createStringBinding(() -> firstNonNull(titleError.get(), start.errorProperty().get(), endError.get()),
                titleError, start.errorProperty(), endError);
        valid = Bindings.createBooleanBinding(() -> titleError.get() == null && endError.get() == null
                && start.errorProperty().get() == null, titleError, endError, start.errorProperty());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public DateInput start() {
        return start;
    }

    public DateInput end() {
        return end;
    }

    public BooleanProperty withMembersProperty() {
        return withMembers;
    }

    /**
     * Offers the bodies a new delegation can belong to: each kept profile, then the open delegation's body when it
     * has one ({@code openSummary}, e.g. "SỞ … (UBND …); người ký: GIÁM ĐỐC …"), then none. The first choice is the
     * profile of the open delegation's body, else the open delegation itself, else the first profile, else none.
     */
    public void offerBodies(List<BodyProfile> profiles, String openSummary, Delegation open) {
        List<BodyOption> options = new ArrayList<>();
        profiles.forEach(profile -> options.add(BodyOption.of(profile)));
        String summary = openSummary == null ? "" : openSummary;
        if (!summary.isEmpty()) {
            options.add(new BodyOption(messages.get("ui.new.body.open"), null, summary));
        }
        options.add(new BodyOption(messages.get("ui.new.body.blank"), null, ""));
        bodies.setAll(options);
        BodyOption first = options.stream()
                .filter(o -> o.profile() != null && open != null && o.profile().body().equals(open.issuingBody()))
                .findFirst()
                .or(() -> options.stream().filter(o -> !o.openSummary().isEmpty()).findFirst())
                .orElse(options.get(0));
        body.set(first);
        if (first.profile() != null && open != null && first.profile().signers().contains(open.signer())) {
            signer.set(open.signer());
        }
    }

    /** The bodies offered, in the order shown. */
    public ObservableList<BodyOption> bodies() {
        return bodies;
    }

    public ObjectProperty<BodyOption> bodyProperty() {
        return body;
    }

    /** The signers of the chosen profile (empty for the other choices). */
    public ObservableList<Signer> signers() {
        return signers;
    }

    public ObjectProperty<Signer> signerProperty() {
        return signer;
    }

    /** True (the default) to cite the chosen profile's authority basis as the new delegation's first ground. */
    public BooleanProperty withBasisProperty() {
        return withBasis;
    }

    /** True when the chosen profile keeps an authority basis that can be cited. */
    public BooleanBinding basisOffered() {
        return basisOffered;
    }

    /** What the new delegation's documents will carry, in words, shown before "Tạo đoàn". */
    public StringBinding preview() {
        return preview;
    }

    /** The choice as the editor takes it. */
    public BodyChoice choice() {
        BodyOption option = body.get();
        if (option == null || (option.profile() == null && option.openSummary().isEmpty())) {
            return new BodyChoice.Blank();
        }
        if (option.profile() == null) {
            return new BodyChoice.FromOpen();
        }
        return new BodyChoice.FromProfile(option.profile(), signer.get(), withBasis.get() && option.profile().authorityBasis() != null);
    }

    private String describe() {
        BodyOption option = body.get();
        if (option == null || (option.profile() == null && option.openSummary().isEmpty())) {
            return messages.get("ui.new.body.blankPreview");
        }
        if (option.profile() == null) {
            return messages.get("ui.new.body.openPreview", option.openSummary());
        }
        BodyProfile profile = option.profile();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("ui.new.body.previewBody", profile.label(), profile.planSymbol().isEmpty() ? "—" : profile.planSymbol(),
                profile.place()));
        if (!profile.budgetUnitCode().isEmpty()) {
            lines.add(messages.get("ui.new.body.previewCode", profile.budgetUnitCode()));
        }
        Signer chosen = signer.get();
        lines.add(messages.get("ui.new.body.previewSigner", chosen == null ? "—" : signerLine(chosen)));
        return String.join("\n", lines);
    }

    /** "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC Đinh Thị Thu Hà" or "GIÁM ĐỐC Bạch Liên Hương": the block as it is signed. */
    public static String signerLine(Signer signer) {
        String title = signer.signsOnBehalf()
                ? signer.authorityPrefix() + " " + signer.principalTitle() + " / " + signer.title() : signer.title();
        return (title + " " + signer.name()).strip();
    }

    /** "Quyết định số 23/2023/QĐ-UBND ngày 15/06/2023 của UBND tỉnh Cao Bằng": a basis named without its subject. */
    public static String basisLine(LegalBasis basis) {
        StringBuilder line = new StringBuilder(basis.kind());
        if (!basis.number().isEmpty()) {
            line.append(" số ").append(basis.number());
        }
        if (basis.date() != null) {
            line.append(" ngày ").append(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(basis.date()));
        }
        if (!basis.issuer().isEmpty()) {
            line.append(" của ").append(basis.issuer());
        }
        return line.toString().strip();
    }

    /** Why the form cannot be used yet, in words (the first problem), or "" when it can. */
    public StringBinding problem() {
        return problem;
    }

    /** One entry of the body choice: a profile, the open delegation (its summary) or none. */
    public record BodyOption(String label, BodyProfile profile, String openSummary) {
        static BodyOption of(BodyProfile profile) {
            return new BodyOption(profile.label(), profile, "");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    public StringBinding titleError() {
        return titleError;
    }

    public StringBinding endError() {
        return endError;
    }

    /** The OK button is enabled only when the form can be used as it is. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
