package vn.delegationdesk.settlement.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;

/** Reads one delegation's settlement back, every list in the order it was written (by position). */
final class SettlementReader {
    private final Connection c;
    private final long id;

    SettlementReader(Connection c, long id) {
        this.c = c;
        this.id = id;
    }

    Optional<Settlement> read() throws SQLException {
        LocalDate date = null;
        try (PreparedStatement s = c.prepareStatement("SELECT settlement_date FROM settlement WHERE delegation_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    date = rows.getDate(1).toLocalDate();
                }
            }
        }
        if (date == null) {
            return Optional.empty();
        }
        return Optional.of(new Settlement(date, advances(), outcomes(), lines()));
    }

    private List<Advance> advances() throws SQLException {
        List<Advance> advances = new ArrayList<>();
        try (ResultSet rows = query("SELECT member_id, advance_date, voucher_number, amount FROM settlement_advance"
                + " WHERE delegation_id = ? ORDER BY position")) {
            while (rows.next()) {
                advances.add(new Advance(rows.getString(1), rows.getDate(2).toLocalDate(), rows.getString(3), rows.getLong(4)));
            }
        }
        return advances;
    }

    private List<MemberOutcome> outcomes() throws SQLException {
        Map<Integer, List<CertifiedStay>> stays = new HashMap<>();
        try (ResultSet rows = query("SELECT outcome_position, place, date_from, date_to FROM settlement_stay"
                + " WHERE delegation_id = ? ORDER BY outcome_position, position")) {
            while (rows.next()) {
                stays.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(new CertifiedStay(rows.getString(2),
                        rows.getDate(3).toLocalDate(), rows.getDate(4).toLocalDate()));
            }
        }
        List<MemberOutcome> outcomes = new ArrayList<>();
        try (ResultSet rows = query("SELECT position, member_id, attendance, replacement_id FROM settlement_outcome"
                + " WHERE delegation_id = ? ORDER BY position")) {
            while (rows.next()) {
                outcomes.add(new MemberOutcome(rows.getString(2), Attendance.valueOf(rows.getString(3)), rows.getString(4),
                        stays.getOrDefault(rows.getInt(1), List.of())));
            }
        }
        return outcomes;
    }

    private List<ActualLine> lines() throws SQLException {
        Map<Integer, List<String>> members = new HashMap<>();
        try (ResultSet rows = query("SELECT line_position, member_id FROM settlement_line_member WHERE delegation_id = ?"
                + " ORDER BY line_position, position")) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<Integer, List<Voucher>> vouchers = new HashMap<>();
        try (ResultSet rows = query("SELECT line_position, kind, voucher_number, voucher_date, supplier, amount"
                + " FROM settlement_voucher WHERE delegation_id = ? ORDER BY line_position, position")) {
            while (rows.next()) {
                vouchers.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(new Voucher(
                        VoucherKind.valueOf(rows.getString(2)), rows.getString(3), rows.getDate(4).toLocalDate(),
                        rows.getString(5), rows.getLong(6)));
            }
        }
        List<ActualLine> lines = new ArrayList<>();
        try (ResultSet rows = query("SELECT position, estimate_key, content, kind, stop, nights, flight_class, entitled_fare,"
                + " cost FROM settlement_line WHERE delegation_id = ? ORDER BY position")) {
            while (rows.next()) {
                int position = rows.getInt(1);
                String flightClass = rows.getString(7);
                long fare = rows.getLong(8);
                Long entitledFare = rows.wasNull() ? null : fare;
                lines.add(new ActualLine(rows.getString(2), rows.getString(3), ExpenseKind.valueOf(rows.getString(4)),
                        members.getOrDefault(position, List.of()), rows.getString(5), rows.getInt(6),
                        flightClass == null ? null : FlightClass.valueOf(flightClass), entitledFare, rows.getLong(9),
                        vouchers.getOrDefault(position, List.of())));
            }
        }
        return lines;
    }

    /** The rows of {@code sql}, whose one parameter is the delegation's id; the statement closes with the rows. */
    private ResultSet query(String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.closeOnCompletion();
        s.setLong(1, id);
        return s.executeQuery();
    }
}
