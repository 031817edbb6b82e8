package vn.delegationdesk.reading.delegation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.Normalised;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.UnplacedPassage;
import vn.delegationdesk.reading.delegation.KnownSlips.Slip;

/** What one reading found besides the delegation: gaps, which passage fed which field, and so what was left unplaced. */
final class Findings {
    static final String SLIP = "reading.delegation.gap.slip";

    private final List<Gap> gaps = new ArrayList<>();
    private final Set<Placement> placements = new LinkedHashSet<>();
    private final Set<Integer> placed = new HashSet<>();
    private final Set<Para> slipsListed = new HashSet<>();

    /** Records that {@code p} fed {@code field}; its corrected slips become gaps on that field (once per paragraph). */
    void place(Para p, String field) {
        for (int passage : p.passages()) {
            placements.add(new Placement(passage, field));
            placed.add(passage);
        }
        if (!p.slips().isEmpty() && slipsListed.add(p)) {
            for (Slip slip : p.slips()) {
                gaps.add(new Gap(field, SLIP, List.of(slip.written(), slip.corrected()), p.first()));
            }
        }
    }

    void gap(String field, String messageKey, int passage, String... arguments) {
        gaps.add(new Gap(field, messageKey, List.of(arguments), passage));
    }

    List<Gap> gaps() {
        return gaps;
    }

    List<Placement> placements() {
        return List.copyOf(placements);
    }

    /** Every passage with content nothing was taken from, in document order. */
    List<UnplacedPassage> unplaced(SourceDocument source) {
        Map<Integer, String> out = new TreeMap<>();
        for (Passage passage : source.passages()) {
            if (!placed.contains(passage.index()) && !Normalised.text(passage.text()).isEmpty()) {
                out.put(passage.index(), passage.text().strip());
            }
        }
        return out.entrySet().stream().map(e -> new UnplacedPassage(e.getKey(), e.getValue())).toList();
    }
}
