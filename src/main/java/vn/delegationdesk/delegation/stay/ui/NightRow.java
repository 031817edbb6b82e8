package vn.delegationdesk.delegation.stay.ui;

/**
 * One night as the table shows it: "Thứ Ba, 14/10/2025", the stop, the hotel's name, address and phone, whether
 * the host body provides the rooms, and the night's problem (empty when none).
 */
public record NightRow(String night, String place, String hotel, String address, String phone, boolean hostProvides,
        String problem) {
}
