package vn.delegationdesk.conferencedesk.ui;

import java.nio.file.Path;
import java.util.List;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;

/**
 * The conference desk's printed documents as the delegate list needs them: each kind's file name and its writing to a
 * chosen file. The documents feature already depends on the conference desk, so the list names this port and the
 * composition root supplies the implementation (documents would otherwise make a cycle between the two features).
 */
public interface DeskDocuments {
    /** The documents the list offers. */
    enum Kind {
        SIGN_IN, NAME_CARDS, INVITATIONS, SEATING_PLAN, BADGES
    }

    /** "Danh-sach-dai-bieu-ky-ten_14-10-2025_Dak-Lak-Lam-Dong_10-2025.pdf" and the like. */
    String fileName(Kind kind, Delegation delegation, Conference conference);

    /**
     * Writes document {@code kind} of {@code delegates} to {@code target}: the sign-in sheet, the name cards of the head
     * table, the invitations with their QR codes, the badges of everyone not declined; the seating plan is written by
     * {@link #writeSeatingPlan}.
     */
    void write(Kind kind, Delegation delegation, Conference conference, List<Delegate> delegates, Path target);

    void writeSeatingPlan(Delegation delegation, Conference conference, SeatingPlan plan, Path target);
}
