package vn.delegationdesk.delegation.member;

/** Needed for room pairing; UNSPECIFIED until the unit tells. */
public enum Gender {
    MALE, FEMALE, UNSPECIFIED
}
