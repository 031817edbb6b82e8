package vn.delegationdesk.conferencedesk;

/**
 * The count of one group of delegates (or of all, {@code group} null): {@code invited} is everyone on the list who was
 * invited (walk-ins are not), {@code confirmed} those of them who said they come or came, {@code declined} those who
 * sent word they do not, {@code attended} everyone checked in (walk-ins too), {@code walkIns} those added at the desk,
 * and {@code attendedOffPayroll} the attendees not on the state payroll, whose meals the settlement may pay.
 */
public record GroupCount(DelegateGroup group, int invited, int confirmed, int declined, int attended, int walkIns,
        int attendedOffPayroll) {
}
