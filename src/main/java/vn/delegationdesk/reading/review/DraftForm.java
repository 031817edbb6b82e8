package vn.delegationdesk.reading.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.UnplacedPassage;

/**
 * A read draft as the review screen edits it: ordered sections of {@link DraftEntry entries}, the texts as the user
 * edited them, the reader's gaps (each attached to the entry it concerns when one shows its field) and every passage the
 * reader took nothing from. Which passages fed an entry comes from the draft's placements: those whose field is one of
 * the entry's fields. {@link PlanDraftForm} and {@link DelegationDraftForm} build it and turn the texts back into a value.
 * Not thread-safe: one form per review, used on one thread.
 */
public class DraftForm {
    private final List<DraftSection> sections;
    private final List<GapNote> gaps;
    private final List<UnplacedPassage> unplaced;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, DraftEntry> entries = new LinkedHashMap<>();
    private final TreeSet<Integer> placedPassages = new TreeSet<>();
    protected final Words words;

    protected DraftForm(Builder builder) {
        this.words = builder.words;
        this.sections = builder.sections();
        this.gaps = List.copyOf(builder.notes);
        this.unplaced = List.copyOf(builder.unplaced);
        builder.placed.values().forEach(placedPassages::addAll);
        for (DraftSection section : sections) {
            for (DraftEntry entry : section.entries()) {
                entries.put(entry.key(), entry);
                values.put(entry.key(), entry.value());
            }
        }
    }

    public List<DraftSection> sections() {
        return sections;
    }

    /** Every gap of the reader, in the order found. */
    public List<GapNote> gaps() {
        return gaps;
    }

    public List<UnplacedPassage> unplaced() {
        return unplaced;
    }

    public Optional<DraftEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public List<DraftEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entry's text as edited (as read while untouched); the empty string for an unknown key. */
    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public void set(String key, String text) {
        if (!entries.containsKey(key)) {
            throw new IllegalArgumentException("no entry " + key);
        }
        values.put(key, text == null ? "" : text);
    }

    /** The entries passage {@code index} fed, in the form's order. */
    public List<DraftEntry> entriesOf(int index) {
        return entries.values().stream().filter(e -> e.passages().contains(index)).toList();
    }

    /**
     * Every passage the reader took something from: those that fed an entry, and those it placed on what the form shows
     * no entry for (a section heading, the national motto, the sentence that names the issuer).
     */
    public TreeSet<Integer> takenPassages() {
        TreeSet<Integer> taken = new TreeSet<>(placedPassages);
        entries.values().forEach(e -> taken.addAll(e.passages()));
        return taken;
    }

    /** Collects the sections and entries, then attaches the gaps. */
    protected static final class Builder {
        private final Words words;
        private final Map<String, List<Integer>> placed = new LinkedHashMap<>();
        private final List<Object[]> order = new ArrayList<>();
        private final List<GapNote> notes = new ArrayList<>();
        private final List<UnplacedPassage> unplaced;
        private final List<Gap> gapList;
        private String section;

        protected Builder(Words words, List<Gap> gaps, List<UnplacedPassage> unplaced, List<Placement> placements) {
            this.words = words;
            this.gapList = List.copyOf(gaps);
            this.unplaced = List.copyOf(unplaced);
            for (Placement placement : placements) {
                placed.computeIfAbsent(placement.field(), f -> new ArrayList<>()).add(placement.passage());
            }
        }

        protected Words words() {
            return words;
        }

        /** Starts a section titled by message {@code key}. */
        protected Builder section(String key) {
            section = words.text(key);
            return this;
        }

        /** An entry whose passages are those placed in {@code key} itself. */
        protected Builder entry(String key, String label, String value, boolean multiline) {
            return entry(key, label, value, multiline, key);
        }

        /** An entry whose passages are those placed in any of {@code fields}. */
        protected Builder entry(String key, String label, String value, boolean multiline, String... fields) {
            TreeSet<Integer> passages = new TreeSet<>();
            for (String field : fields) {
                passages.addAll(placed.getOrDefault(field, List.of()));
            }
            order.add(new Object[] {section, new DraftEntry(key, label, value, multiline, List.copyOf(passages), List.of())});
            return this;
        }

        /** The sections with the gaps attached: to the entry named by the gap's field, else to the first under it. */
        private List<DraftSection> sections() {
            List<DraftEntry> all = order.stream().map(row -> (DraftEntry) row[1]).toList();
            Map<String, List<String>> problems = new LinkedHashMap<>();
            for (Gap gap : gapList) {
                String message = words.text(gap.messageKey(), gap.arguments().toArray());
                String key = all.stream().filter(e -> e.key().equals(gap.field())).map(DraftEntry::key).findFirst()
                        .orElseGet(() -> all.stream().filter(e -> e.key().startsWith(gap.field() + ".")).map(DraftEntry::key)
                                .findFirst().orElse(null));
                notes.add(new GapNote(message, key, gap.passage()));
                if (key != null) {
                    problems.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
                }
            }
            Map<String, List<DraftEntry>> bySection = new LinkedHashMap<>();
            for (Object[] row : order) {
                DraftEntry entry = (DraftEntry) row[1];
                List<String> found = problems.getOrDefault(entry.key(), List.of());
                bySection.computeIfAbsent((String) row[0], s -> new ArrayList<>()).add(found.isEmpty() ? entry
                        : new DraftEntry(entry.key(), entry.label(), entry.value(), entry.multiline(), entry.passages(), found));
            }
            return bySection.entrySet().stream().map(e -> new DraftSection(e.getKey(), e.getValue())).toList();
        }
    }
}
