package vn.delegationdesk.fuzz;

/**
 * What the app did with one case. ACCEPTED and REFUSED (with the sentence the user reads) are both right answers;
 * BROKEN is a finding: an exception without a Vietnamese message, a stack trace in the message, data changed by a
 * refused file, or an accepted file stored other than it was read.
 */
record Outcome(Verdict verdict, String message) {
    enum Verdict { ACCEPTED, REFUSED, BROKEN }

    static Outcome accepted() {
        return new Outcome(Verdict.ACCEPTED, "");
    }

    static Outcome refused(String message) {
        return new Outcome(Verdict.REFUSED, message);
    }

    static Outcome broken(String why) {
        return new Outcome(Verdict.BROKEN, why);
    }
}
