package vn.delegationdesk.reading.delegation;

import java.util.List;
import vn.delegationdesk.reading.delegation.KnownSlips.Slip;

/**
 * One paragraph of a delegation plan as the recognisers read it: its text as written (NFC, one space between words,
 * lines broken by the page joined again, the known slips corrected; dashes left as the writer typed them, since the
 * plan's texts are kept word for word), whether it is bold or a table cell, the passages it came from and its slips.
 */
record Para(String text, boolean bold, boolean inTable, List<Integer> passages, List<Slip> slips) {
    Para {
        passages = List.copyOf(passages);
        slips = List.copyOf(slips);
    }

    /** The first passage, by which a gap points at the paragraph. */
    int first() {
        return passages.get(0);
    }
}
