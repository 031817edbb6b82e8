package vn.delegationdesk.conferencedesk;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.platform.i18n.TextFolding;

/**
 * Finding a delegate at the registration desk, built once from the conference's list and asked on every keystroke.
 * {@link #find} takes what the clerk typed, marks, case and word order ignored ("an nguyen" and "Nguyễn Văn An" match):
 * a delegate matches when every typed word is contained in their name or their body. The best come first: the whole
 * name typed, then names having every typed word as a word, then names where every typed word begins a word, then names
 * containing every typed word, then the delegates matched through their body; within each, those not yet checked in
 * first, then the list's order.
 * {@link #resolve} takes a scanned QR code ({@link QrPayload}) and refuses one of another conference.
 */
public final class CheckInLookup {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final String conferenceId;
    private final List<Entry> entries;
    private final Map<String, Entry> byId;

    private record Entry(int index, Delegate delegate, String folded, String nameKey, String bodyKey) {
    }

    private record Match(Entry entry, int rank) {
    }

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::rank)
            .thenComparing(m -> m.entry().delegate().attended())
            .thenComparingInt(m -> m.entry().index());

    public CheckInLookup(String conferenceId, List<Delegate> delegates) {
        this.conferenceId = Objects.requireNonNull(conferenceId, "conferenceId");
        List<Entry> built = new ArrayList<>(delegates.size());
        for (int i = 0; i < delegates.size(); i++) {
            built.add(entry(i, delegates.get(i)));
        }
        this.entries = List.copyOf(built);
        this.byId = index(entries);
    }

    private CheckInLookup(String conferenceId, List<Entry> entries, Map<String, Entry> byId) {
        this.conferenceId = conferenceId;
        this.entries = entries;
        this.byId = byId;
    }

    private static Entry entry(int index, Delegate d) {
        String folded = String.join(" ", TextFolding.tokens(d.fullName()));
        return new Entry(index, d, folded, folded.isEmpty() ? " " : " " + folded + " ", TextFolding.searchKey(d.body()));
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.delegate().id(), e));
        return byId;
    }

    /**
     * This lookup with {@code delegate} in place of the one of the same id (checked in, say), or added at the end (a
     * walk-in); only that delegate's name is folded again, so the desk need not rebuild the lookup after each check-in.
     */
    public CheckInLookup with(Delegate delegate) {
        List<Entry> changed = new ArrayList<>(entries);
        Entry old = byId.get(delegate.id());
        if (old != null && old.delegate().fullName().equals(delegate.fullName()) && old.delegate().body().equals(delegate.body())) {
            changed.set(old.index(), new Entry(old.index(), delegate, old.folded(), old.nameKey(), old.bodyKey()));
        } else if (old != null) {
            changed.set(old.index(), entry(old.index(), delegate));
        } else {
            changed.add(entry(changed.size(), delegate));
        }
        List<Entry> all = List.copyOf(changed);
        return new CheckInLookup(conferenceId, all, index(all));
    }

    /** The delegates {@code typed} finds, best first; empty for a blank text. */
    public List<Delegate> find(String typed) {
        return find(typed, Integer.MAX_VALUE);
    }

    /** The first {@code limit} delegates {@code typed} finds, best first. */
    public List<Delegate> find(String typed, int limit) {
        List<String> words = TextFolding.tokens(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        String whole = String.join(" ", words);
        List<Match> matches = new ArrayList<>();
        for (Entry entry : entries) {
            int rank = rank(entry, words, whole);
            if (rank >= 0) {
                matches.add(new Match(entry, rank));
            }
        }
        matches.sort(BEST_FIRST);
        return matches.stream().limit(limit).map(m -> m.entry().delegate()).toList();
    }

    /**
     * 0 the whole name, 1 every word a whole word of the name, 2 every word begins one, 3 every word inside the name,
     * 4 some only in the body; -1 no match.
     */
    private static int rank(Entry entry, List<String> words, String whole) {
        boolean inName = true;
        boolean wholeWords = true;
        boolean beginsWords = true;
        for (String word : words) {
            if (!entry.nameKey().contains(word)) {
                inName = false;
                if (!entry.bodyKey().contains(word)) {
                    return -1;
                }
            } else if (!entry.nameKey().contains(" " + word + " ")) {
                wholeWords = false;
                if (!entry.nameKey().contains(" " + word)) {
                    beginsWords = false;
                }
            }
        }
        if (!inName) {
            return 4;
        }
        if (entry.folded().equals(whole)) {
            return 0;
        }
        return wholeWords ? 1 : beginsWords ? 2 : 3;
    }

    /**
     * The delegate a scanned QR code names.
     *
     * @throws QrRefused when the text is not a payload of ours ("Mã QR không đúng dạng của giấy mời: …"), is of another
     *         conference ("Mã QR của hội nghị khác: …") or names no delegate of this list
     */
    public Delegate resolve(String scanned) {
        return resolve(scanned, List.of());
    }

    /**
     * As {@link #resolve(String)}; a code of another of {@code conferences} (the delegation's) is refused naming that
     * conference by its title and date ("Mã QR này của hội nghị khác: "Hội nghị …" (17/10/2025)"), one of a conference
     * not among them by its id.
     */
    public Delegate resolve(String scanned, List<Conference> conferences) {
        String shown = scanned == null ? "" : scanned.strip();
        QrPayload payload = QrPayload.parse(scanned).orElseThrow(() -> new QrRefused("conferencedesk.qr.malformed", shown));
        if (!payload.conferenceId().equals(conferenceId)) {
            Optional<Conference> other = conferences.stream().filter(c -> c.id().equals(payload.conferenceId())).findFirst();
            if (other.isPresent()) {
                throw new QrRefused("conferencedesk.qr.otherConferenceNamed", other.get().title(), DAY.format(other.get().date()));
            }
            throw new QrRefused("conferencedesk.qr.otherConference", payload.conferenceId(), shown);
        }
        Entry entry = byId.get(payload.delegateId());
        if (entry == null) {
            throw new QrRefused("conferencedesk.qr.unknown", shown);
        }
        return entry.delegate();
    }
}
