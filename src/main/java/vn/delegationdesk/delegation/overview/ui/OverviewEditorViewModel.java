package vn.delegationdesk.delegation.overview.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationDates;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftFields;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.DateInput;
import vn.delegationdesk.platform.ui.IntegerInput;

/**
 * The overview editor: the plan's document facts, the trip's dates and legs, legal bases, purposes, exchange
 * topics, transport, funding, recipients and signer, every field written to the draft as it is typed.
 * Changing the start date moves the whole trip (legs, programme, conferences, due dates) with it.
 */
public final class OverviewEditorViewModel {
    private final DelegationDraft draft;
    private final Messages messages;
    private final DraftFields fields;

    private final StringProperty title;
    private final ObjectProperty<DelegationStatus> status = new SimpleObjectProperty<>(this, "status", DelegationStatus.DRAFT);
    private final StringProperty parentBody;
    private final StringProperty bodyName;
    private final StringProperty abbreviation;
    private final StringProperty documentNumber;
    private final StringProperty documentSymbol;
    private final StringProperty documentPlace;
    private final DateInput documentDate;
    private final DateInput startDate;
    private final DateInput endDate;
    private final StringProperty departurePlace;
    private final IntegerInput plannedSize;
    private final StringProperty fundingSource;
    private final StringProperty signerPrefix;
    private final StringProperty signerPrincipal;
    private final StringProperty signerTitle;
    private final StringProperty signerName;
    private final Map<TransportMode, BooleanProperty> transport = new EnumMap<>(TransportMode.class);

    private final DraftList<Leg> legs;
    private final LegForm legForm;
    private final DraftList<LegalBasis> legalBases;
    private final LegalBasisForm legalBasisForm;
    private final DraftList<String> purposes;
    private final DraftList<String> exchangeTopics;
    private final DraftList<String> recipients;

    public OverviewEditorViewModel(DelegationDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
        this.fields = new DraftFields(draft);
        title = fields.text("title", Delegation::title, (d, v) -> d.toBuilder().title(v).build());
        parentBody = fields.text("parentBody", d -> d.issuingBody().parentBody(), (d, v) -> d.toBuilder()
                .issuingBody(new IssuingBody(v, d.issuingBody().name(), d.issuingBody().abbreviation())).build());
        bodyName = fields.text("bodyName", d -> d.issuingBody().name(), (d, v) -> d.toBuilder()
                .issuingBody(new IssuingBody(d.issuingBody().parentBody(), v, d.issuingBody().abbreviation())).build());
        abbreviation = fields.text("abbreviation", d -> d.issuingBody().abbreviation(), (d, v) -> d.toBuilder()
                .issuingBody(new IssuingBody(d.issuingBody().parentBody(), d.issuingBody().name(), v)).build());
        documentNumber = fields.text("documentNumber", d -> d.document().number(), (d, v) -> withDocument(d,
                new DocumentInfo(v, d.document().symbol(), d.document().place(), d.document().date())));
        documentSymbol = fields.text("documentSymbol", d -> d.document().symbol(), (d, v) -> withDocument(d,
                new DocumentInfo(d.document().number(), v, d.document().place(), d.document().date())));
        documentPlace = fields.text("documentPlace", d -> d.document().place(), (d, v) -> withDocument(d,
                new DocumentInfo(d.document().number(), d.document().symbol(), v, d.document().date())));
        departurePlace = fields.text("departurePlace", Delegation::departurePlace,
                (d, v) -> d.toBuilder().departurePlace(v).build());
        fundingSource = fields.text("fundingSource", Delegation::fundingSource, (d, v) -> d.toBuilder().fundingSource(v).build());
        signerPrefix = fields.text("signerPrefix", d -> d.signer().authorityPrefix(), (d, v) -> withSigner(d,
                new Signer(v, d.signer().principalTitle(), d.signer().title(), d.signer().name())));
        signerPrincipal = fields.text("signerPrincipal", d -> d.signer().principalTitle(), (d, v) -> withSigner(d,
                new Signer(d.signer().authorityPrefix(), v, d.signer().title(), d.signer().name())));
        signerTitle = fields.text("signerTitle", d -> d.signer().title(), (d, v) -> withSigner(d,
                new Signer(d.signer().authorityPrefix(), d.signer().principalTitle(), v, d.signer().name())));
        signerName = fields.text("signerName", d -> d.signer().name(), (d, v) -> withSigner(d,
                new Signer(d.signer().authorityPrefix(), d.signer().principalTitle(), d.signer().title(), v)));

        documentDate = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.field.documentDate")),
                message -> draft.reportInputError("document.date", message));
        startDate = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.field.startDate")),
                message -> draft.reportInputError("startDate", message));
        endDate = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.field.endDate")),
                message -> draft.reportInputError("endDate", message));
        plannedSize = new IntegerInput(messages.get("ui.editor.error.plannedSize"),
                message -> draft.reportInputError("plannedSize", message));
        documentDate.valueProperty().addListener((o, old, date) -> write(d -> withDocument(d,
                new DocumentInfo(d.document().number(), d.document().symbol(), d.document().place(), date))));
        startDate.valueProperty().addListener((o, old, date) -> write(d -> date == null
                ? d.toBuilder().startDate(null).build() : DelegationDates.startingOn(d, date)));
        endDate.valueProperty().addListener((o, old, date) -> write(d -> d.toBuilder().endDate(date).build()));
        plannedSize.valueProperty().addListener((o, old, size) -> write(d -> d.toBuilder().plannedSize(size).build()));
        status.addListener((o, old, value) -> write(d -> d.toBuilder().status(value).build()));
        for (TransportMode mode : TransportMode.values()) {
            BooleanProperty on = new SimpleBooleanProperty(this, mode.name(), false);
            on.addListener((o, was, now) -> write(this::withTransportFromBoxes));
            transport.put(mode, on);
        }
        fields.onPush(this::showNonText);

        legs = new DraftList<>(draft, Delegation::legs, (b, v) -> b.legs(v));
        legForm = new LegForm(draft, legs, messages);
        legalBases = new DraftList<>(draft, Delegation::legalBases, (b, v) -> b.legalBases(v));
        legalBasisForm = new LegalBasisForm(draft, legalBases, messages);
        purposes = new DraftList<>(draft, Delegation::purposes, (b, v) -> b.purposes(v));
        exchangeTopics = new DraftList<>(draft, Delegation::exchangeTopics, (b, v) -> b.exchangeTopics(v));
        recipients = new DraftList<>(draft, Delegation::recipients, (b, v) -> b.recipients(v));
        fields.push();
    }

    private void write(java.util.function.UnaryOperator<Delegation> edit) {
        if (!fields.isPushing() && draft.get() != null) {
            draft.replace(edit.apply(draft.get()));
        }
    }

    private void showNonText() {
        Delegation d = draft.get();
        if (d == null) {
            return;
        }
        // A field whose typed text the draft still waits for keeps it: typing elsewhere must not wipe it while the
        // draft goes on refusing to save because of it. Loading and reverting drop the wait, and the field follows.
        if (!draft.inputErrors().containsKey("document.date")) {
            documentDate.show(d.document().date());
        }
        if (!draft.inputErrors().containsKey("startDate")) {
            startDate.show(d.startDate());
        }
        if (!draft.inputErrors().containsKey("endDate")) {
            endDate.show(d.endDate());
        }
        if (!draft.inputErrors().containsKey("plannedSize")) {
            plannedSize.show(d.plannedSize());
        }
        status.set(d.status());
        for (TransportMode mode : TransportMode.values()) {
            transport.get(mode).set(d.transportModes().contains(mode));
        }
    }

    private Delegation withTransportFromBoxes(Delegation d) {
        List<TransportMode> modes = new ArrayList<>();
        for (TransportMode mode : TransportMode.values()) {
            if (transport.get(mode).get()) {
                modes.add(mode);
            }
        }
        return d.toBuilder().transportModes(modes).build();
    }

    private static Delegation withDocument(Delegation d, DocumentInfo document) {
        return d.toBuilder().document(document).build();
    }

    private static Delegation withSigner(Delegation d, Signer signer) {
        return d.toBuilder().signer(signer).build();
    }

    // ---- fields ----------------------------------------------------------------------------------------

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<DelegationStatus> statusProperty() {
        return status;
    }

    public StringProperty parentBodyProperty() {
        return parentBody;
    }

    public StringProperty bodyNameProperty() {
        return bodyName;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringProperty documentSymbolProperty() {
        return documentSymbol;
    }

    public StringProperty documentPlaceProperty() {
        return documentPlace;
    }

    public DateInput documentDate() {
        return documentDate;
    }

    public DateInput startDate() {
        return startDate;
    }

    public DateInput endDate() {
        return endDate;
    }

    public StringProperty departurePlaceProperty() {
        return departurePlace;
    }

    public IntegerInput plannedSize() {
        return plannedSize;
    }

    public StringProperty fundingSourceProperty() {
        return fundingSource;
    }

    public StringProperty signerPrefixProperty() {
        return signerPrefix;
    }

    public StringProperty signerPrincipalProperty() {
        return signerPrincipal;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public BooleanProperty transportProperty(TransportMode mode) {
        return transport.get(mode);
    }

    /** The draft's rule problem at a top-level field ("title", "endDate"), or null. */
    public StringBinding errorAt(String path) {
        return draft.errorAt(path);
    }

    /** "Từ Thứ Ba, 14/10/2025 đến Chủ nhật, 19/10/2025 (6 ngày)", or empty while the dates are incomplete. */
    public StringBinding tripLength() {
        return Bindings.createStringBinding(() -> {
            Delegation d = draft.get();
            if (d == null || d.startDate() == null || d.endDate() == null || d.endDate().isBefore(d.startDate())) {
                return "";
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(d.startDate(), d.endDate()) + 1;
            return messages.get("ui.editor.trip.length", VietnameseDates.withWeekday(d.startDate()),
                    VietnameseDates.withWeekday(d.endDate()), days);
        }, draft.valueProperty());
    }

    // ---- lists -----------------------------------------------------------------------------------------

    public javafx.collections.ObservableList<Leg> legs() {
        return legs.items();
    }

    public javafx.beans.property.IntegerProperty selectedLegProperty() {
        return legs.selectedProperty();
    }

    boolean legsRefreshing() {
        return legs.isRefreshing();
    }

    public LegForm legForm() {
        return legForm;
    }

    /** A new leg right after the last one (or on the trip's first day), one day long, to be filled in. */
    public void addLeg() {
        Delegation d = draft.get();
        if (d == null) {
            return;
        }
        LocalDate day = d.legs().stream().map(Leg::endDate).max(LocalDate::compareTo).map(last -> last.plusDays(1))
                .orElse(d.startDate() != null ? d.startDate() : LocalDate.now());
        if (d.endDate() != null && day.isAfter(d.endDate())) {
            day = d.endDate();
        }
        legs.add(new Leg(messages.get("ui.editor.leg.newPlace"), "", day, day, ""));
    }

    public void removeLeg() {
        legs.removeSelected();
    }

    public void moveLeg(int delta) {
        legs.moveSelected(delta);
    }

    public javafx.collections.ObservableList<LegalBasis> legalBases() {
        return legalBases.items();
    }

    public javafx.beans.property.IntegerProperty selectedLegalBasisProperty() {
        return legalBases.selectedProperty();
    }

    boolean legalBasesRefreshing() {
        return legalBases.isRefreshing();
    }

    public LegalBasisForm legalBasisForm() {
        return legalBasisForm;
    }

    public void addLegalBasis() {
        legalBases.add(new LegalBasis(messages.get("ui.editor.legalBasis.newKind"), "", null, "", ""));
    }

    public void removeLegalBasis() {
        legalBases.removeSelected();
    }

    public void moveLegalBasis(int delta) {
        legalBases.moveSelected(delta);
    }

    /** The three plain text lists of the overview: purposes, exchange topics, recipients. */
    public TextList purposes() {
        return new TextList(purposes, messages.get("ui.editor.purpose.new"));
    }

    public TextList exchangeTopics() {
        return new TextList(exchangeTopics, messages.get("ui.editor.topic.new"));
    }

    public TextList recipients() {
        return new TextList(recipients, messages.get("ui.editor.recipient.new"));
    }
}
