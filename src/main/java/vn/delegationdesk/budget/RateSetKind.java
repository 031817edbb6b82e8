package vn.delegationdesk.budget;

/** A national regulation (Thông tư of the Ministry of Finance) or a local HĐND resolution that overrides it. */
public enum RateSetKind {
    NATIONAL, LOCAL
}
