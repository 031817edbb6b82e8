package vn.delegationdesk.people;

import java.util.Locale;

/** What a person may do in the department's work on delegations. */
public enum Role {
    /** Drafts the plan, its documents' settings and the issuing bodies' profiles, and submits it (soạn kế hoạch, trình duyệt). */
    ORGANISER,
    /** Keeps rate sets and estimates, appraises a submitted plan (tài chính, thẩm định). */
    FINANCE,
    /** Approves an appraised plan (lãnh đạo, phê duyệt). */
    LEADER;

    /** The role's Vietnamese name (a message key): "Soạn kế hoạch", "Tài chính", "Lãnh đạo". */
    public String labelKey() {
        return switch (this) {
            case ORGANISER -> "people.role.organiser";
            case FINANCE -> "people.role.finance";
            case LEADER -> "people.role.leader";
        };
    }

    /**
     * The PostgreSQL group role whose members hold this role on a shared server ({@code delegation_desk_finance}): the
     * server's administrator grants it with {@code GRANT delegation_desk_finance TO lan;}, so a role comes with the login
     * the server itself checks, not with a name typed in the app.
     */
    public String serverGroup() {
        return "delegation_desk_" + name().toLowerCase(Locale.ROOT);
    }
}
