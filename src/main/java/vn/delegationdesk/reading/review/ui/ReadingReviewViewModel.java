package vn.delegationdesk.reading.review.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.UnplacedPassage;
import vn.delegationdesk.reading.delegation.DelegationDraft;
import vn.delegationdesk.reading.plan.PlanDraft;
import vn.delegationdesk.reading.review.DelegationDraftForm;
import vn.delegationdesk.reading.review.DraftEntry;
import vn.delegationdesk.reading.review.DraftForm;
import vn.delegationdesk.reading.review.DraftResult;
import vn.delegationdesk.reading.review.EntryError;
import vn.delegationdesk.reading.review.PlanDraftForm;

/**
 * The review of a read document before anything is stored: the source's passages, each taken, not understood or blank;
 * the draft's entries, editable; the selected entry's passages highlighted and a chosen passage's entries listed; the
 * counts, the reader's gaps and the passages it could not place; and "Tạo kế hoạch" / "Tạo đoàn", which checks the
 * edited draft (the entries' own problems, then the validator's) and stores it in one transaction through the service.
 */
public final class ReadingReviewViewModel extends ViewModel {
    /**
     * How a passage of the source fared: something was taken from it, the reader listed it as not understood, it is
     * blank, or the reader said neither (it reported no placements and did not list the passage).
     */
    public enum PassageState { TAKEN, NOT_UNDERSTOOD, BLANK, UNMARKED }

    /** A passage as the source list shows it. */
    public record PassageRow(int index, String text, boolean bold, PassageState state) {
    }

    /** How the edited draft is checked and stored; the id of what was stored. */
    private interface Store {
        List<ValidationError> check(DraftForm form, List<EntryError> errors);

        long create(DraftForm form);
    }

    private final DraftForm form;
    private final Messages messages;
    private final Store store;
    private final String createText;
    private final SourceDocument source;
    private final ObservableList<PassageRow> passages = FXCollections.observableArrayList();
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final ObjectProperty<DraftEntry> selectedEntry = new SimpleObjectProperty<>(this, "selectedEntry");
    private final ReadOnlyObjectWrapper<Set<Integer>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());
    private final ObservableList<DraftEntry> entriesOfPassage = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableMap<String, String> entryErrors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private LongConsumer onCreated = id -> { };

    private ReadingReviewViewModel(SourceDocument source, DraftForm form, Store store, String createText, TaskRunner tasks,
            Messages messages) {
        super(tasks);
        this.source = source;
        this.form = form;
        this.store = store;
        this.createText = createText;
        this.messages = messages;
        Set<Integer> unplaced = form.unplaced().stream().map(UnplacedPassage::index).collect(Collectors.toSet());
        Set<Integer> taken = form.takenPassages();
        // A reader that reports no placements but lists what it could not place took everything else.
        boolean placedIffNotListed = taken.isEmpty() && !unplaced.isEmpty();
        for (Passage p : source.passages()) {
            PassageState state = p.text().isBlank() ? PassageState.BLANK
                    : unplaced.contains(p.index()) ? PassageState.NOT_UNDERSTOOD
                    : taken.contains(p.index()) || placedIffNotListed ? PassageState.TAKEN : PassageState.UNMARKED;
            passages.add(new PassageRow(p.index(), p.text(), p.bold(), state));
        }
        for (DraftEntry entry : form.entries()) {
            StringProperty text = new SimpleStringProperty(this, entry.key(), entry.value());
            text.addListener((observable, old, now) -> {
                form.set(entry.key(), now);
                entryErrors.remove(entry.key());
            });
            texts.put(entry.key(), text);
        }
        selectedEntry.addListener((observable, old, now) -> highlighted.set(now == null ? Set.of() : Set.copyOf(now.passages())));
    }

    /** The review of a plan draft read from {@code source}; "Tạo kế hoạch" stores through {@code plans}. */
    public static ReadingReviewViewModel forPlan(SourceDocument source, PlanDraft draft, PlanService plans, TaskRunner tasks,
            Messages messages) {
        PlanDraftForm form = PlanDraftForm.of(draft, new ReviewWords(messages));
        Store store = new Store() {
            @Override
            public List<ValidationError> check(DraftForm f, List<EntryError> errors) {
                DraftResult<Plan> result = form.toPlan();
                errors.addAll(result.errors());
                return result.value().map(plans::validate).orElse(List.of());
            }

            @Override
            public long create(DraftForm f) {
                return plans.create(form.toPlan().value().orElseThrow());
            }
        };
        return new ReadingReviewViewModel(source, form, store, messages.get("reading.review.createPlan"), tasks, messages);
    }

    /** The review of a delegation draft; "Tạo đoàn" stores a DRAFT delegation through {@code delegations}. */
    public static ReadingReviewViewModel forDelegation(SourceDocument source, DelegationDraft draft, DelegationService delegations,
            TaskRunner tasks, Messages messages) {
        DelegationDraftForm form = DelegationDraftForm.of(draft, new ReviewWords(messages));
        Store store = new Store() {
            @Override
            public List<ValidationError> check(DraftForm f, List<EntryError> errors) {
                DraftResult<Delegation> result = form.toDelegation();
                errors.addAll(result.errors());
                return result.value().map(delegations::validate).orElse(List.of());
            }

            @Override
            public long create(DraftForm f) {
                return delegations.create(form.toDelegation().value().orElseThrow());
            }
        };
        return new ReadingReviewViewModel(source, form, store, messages.get("reading.review.createDelegation"), tasks, messages);
    }

    public DraftForm form() {
        return form;
    }

    /** The document's name as the user knows it (the file's, or "Văn bản dán vào"). */
    public String sourceName() {
        return source.name();
    }

    public ObservableList<PassageRow> passages() {
        return passages;
    }

    /** Whether the user changed any entry's text from what was read (closing the review then asks first). */
    public boolean edited() {
        return form.entries().stream().anyMatch(entry -> !entry.value().equals(texts.get(entry.key()).get()));
    }

    /** The edited text of entry {@code key}. */
    public StringProperty text(String key) {
        StringProperty text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no entry " + key);
        }
        return text;
    }

    public ObjectProperty<DraftEntry> selectedEntryProperty() {
        return selectedEntry;
    }

    /** The passages the selected entry came from: the source list highlights them strongly. */
    public ReadOnlyObjectProperty<Set<Integer>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** Chooses passage {@code index}: its entries are listed and the first of them selected. */
    public void selectPassage(int index) {
        entriesOfPassage.setAll(form.entriesOf(index));
        if (!entriesOfPassage.isEmpty()) {
            selectedEntry.set(entriesOfPassage.get(0));
        } else {
            selectedEntry.set(null);
            highlighted.set(Set.of(index));
        }
    }

    /** The entries the chosen passage fed. */
    public ObservableList<DraftEntry> entriesOfPassage() {
        return entriesOfPassage;
    }

    /** "Đã đọc 84/97 đoạn, 12 chưa hiểu, 5 việc cần bổ sung". */
    public String counts() {
        long total = passages.stream().filter(p -> p.state() != PassageState.BLANK).count();
        long taken = passages.stream().filter(p -> p.state() == PassageState.TAKEN).count();
        return messages.get("reading.review.counts", taken, total, form.unplaced().size(), gaps().size());
    }

    /**
     * The reader's gaps, each a sentence naming its field; the same sentence on several entries (a slip corrected in three
     * paragraphs) once, with how many places it concerns. Each entry still carries its own note.
     */
    public List<String> gaps() {
        Map<String, Integer> notes = new LinkedHashMap<>();
        form.gaps().forEach(gap -> notes.merge(gap.message(), 1, Integer::sum));
        return notes.entrySet().stream().map(note -> note.getValue() == 1 ? note.getKey()
                : messages.get("reading.review.gapTimes", note.getKey().replaceAll("\\.$", ""), note.getValue())).toList();
    }

    /** Every passage not understood: "Đoạn 12: …". */
    public List<String> unplaced() {
        return form.unplaced().stream().map(u -> messages.get("reading.review.unplacedLine", u.index() + 1, u.text())).toList();
    }

    /** What refused the last "Tạo …": the entries' problems, then the validator's, in Vietnamese. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The entries the last "Tạo …" found wrong, by key, with the sentence. */
    public ObservableMap<String, String> entryErrors() {
        return entryErrors;
    }

    /** What the last "Tạo …" said. */
    public StringProperty statusProperty() {
        return status;
    }

    public String createText() {
        return createText;
    }

    /** Called on the FX thread with the id of what "Tạo …" stored. */
    public void setOnCreated(LongConsumer action) {
        onCreated = action;
    }

    /**
     * Checks the edited draft and stores it: nothing is stored while an entry makes no value or the validator refuses
     * (the problems are listed); the service stores in one transaction, so a refused create leaves nothing.
     */
    public void create() {
        problems.clear();
        entryErrors.clear();
        List<EntryError> errors = new ArrayList<>();
        List<ValidationError> invalid = store.check(form, errors);
        errors.forEach(e -> entryErrors.putIfAbsent(e.entryKey(), e.message()));
        problems.addAll(errors.stream().map(EntryError::message).toList());
        problems.addAll(invalid.stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList());
        if (!problems.isEmpty()) {
            status.set(messages.get("reading.review.refused", problems.size()));
            return;
        }
        runInBackground(() -> store.create(form), id -> {
            status.set(messages.get("reading.review.created"));
            onCreated.accept(id);
        }, failure -> {
            problems.setAll(messages.describeFailure(failure, "\n").lines().toList());
            status.set(messages.get("reading.review.refused", problems.size()));
        });
    }

    /** Passage indices the draft took something from (for tests and the view's counts). */
    public TreeSet<Integer> takenPassages() {
        return form.takenPassages();
    }
}
