package vn.delegationdesk.delegation.member;

/** Trưởng đoàn / Phó đoàn / Thành viên / Thư ký. */
public enum DelegationRole {
    HEAD, DEPUTY, MEMBER, SECRETARY
}
