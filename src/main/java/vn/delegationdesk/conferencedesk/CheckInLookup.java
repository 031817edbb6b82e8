package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
    private final String conferenceId;
    private final List<Entry> entries;

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
            Delegate d = delegates.get(i);
            built.add(new Entry(i, d, String.join(" ", TextFolding.tokens(d.fullName())), TextFolding.searchKey(d.fullName()) + " ",
                    TextFolding.searchKey(d.body())));
        }
        this.entries = List.copyOf(built);
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
        String shown = scanned == null ? "" : scanned.strip();
        QrPayload payload = QrPayload.parse(scanned).orElseThrow(() -> new QrRefused("conferencedesk.qr.malformed", shown));
        if (!payload.conferenceId().equals(conferenceId)) {
            throw new QrRefused("conferencedesk.qr.otherConference", payload.conferenceId(), shown);
        }
        for (Entry entry : entries) {
            if (entry.delegate().id().equals(payload.delegateId())) {
                return entry.delegate();
            }
        }
        throw new QrRefused("conferencedesk.qr.unknown", shown);
    }
}
