package vn.delegationdesk.budget;

/** The estimate's sections in the finance office's order; there is one CONFERENCE section per conference. */
public enum SectionKind {
    TRAVEL, PER_DIEM, LODGING, CONFERENCE, OTHER
}
