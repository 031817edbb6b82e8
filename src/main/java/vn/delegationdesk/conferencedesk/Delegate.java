package vn.delegationdesk.conferencedesk;

import java.time.Instant;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * A delegate of one conference: name, title (chức vụ), body (cơ quan, đơn vị), group, precedence in protocol (1 is the
 * highest; 0 when not ranked), contact (telephone or e-mail), whether they are on the state payroll (meal support is
 * paid for those who are not), status, and when they checked in at the desk (null until then). {@code id} is unique
 * within the store (also what the invitation's QR code carries, with the conference's id); {@code memberId} links a
 * delegate added from the delegation's own members ("" otherwise); {@code walkIn} marks someone added at the desk.
 */
public record Delegate(String id, String conferenceId, String fullName, String title, String body, DelegateGroup group,
        int precedence, String contact, boolean onPayroll, DelegateStatus status, Instant checkedInAt, String memberId,
        boolean walkIn) {
    public Delegate {
        id = Texts.clean(id);
        conferenceId = Texts.clean(conferenceId);
        fullName = Texts.clean(fullName);
        title = Texts.clean(title);
        body = Texts.clean(body);
        Objects.requireNonNull(group, "group");
        contact = Texts.clean(contact);
        Objects.requireNonNull(status, "status");
        memberId = Texts.clean(memberId);
    }

    public boolean attended() {
        return status == DelegateStatus.ATTENDED;
    }

    /** This delegate checked in at {@code at}. */
    public Delegate checkedIn(Instant at) {
        return new Delegate(id, conferenceId, fullName, title, body, group, precedence, contact, onPayroll,
                DelegateStatus.ATTENDED, Objects.requireNonNull(at, "at"), memberId, walkIn);
    }
}
