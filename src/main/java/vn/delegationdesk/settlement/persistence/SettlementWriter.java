package vn.delegationdesk.settlement.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.Voucher;

/** Writes a settlement's rows: its header, then its advances, outcomes and stays, lines, their members and vouchers. */
final class SettlementWriter {
    /** Children first, so that no foreign key depends on a cascade. */
    private static final List<String> DELETE = List.of("DELETE FROM settlement_voucher WHERE delegation_id = ?",
            "DELETE FROM settlement_line_member WHERE delegation_id = ?", "DELETE FROM settlement_line WHERE delegation_id = ?",
            "DELETE FROM settlement_stay WHERE delegation_id = ?", "DELETE FROM settlement_outcome WHERE delegation_id = ?",
            "DELETE FROM settlement_advance WHERE delegation_id = ?", "DELETE FROM settlement WHERE delegation_id = ?");

    private SettlementWriter() {
    }

    /** Deletes the delegation's settlement and all its rows; whether there was one. */
    static boolean delete(Connection c, long id) throws SQLException {
        int header = 0;
        for (String sql : DELETE) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                header = s.executeUpdate();
            }
        }
        return header > 0;
    }

    static void insert(Connection c, long id, Settlement settlement) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO settlement (delegation_id, settlement_date) VALUES (?, ?)")) {
            s.setLong(1, id);
            s.setDate(2, Date.valueOf(settlement.settlementDate()));
            s.executeUpdate();
        }
        advances(c, id, settlement.advances());
        outcomes(c, id, settlement.outcomes());
        lines(c, id, settlement.lines());
    }

    private static void advances(Connection c, long id, List<Advance> advances) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO settlement_advance (delegation_id, position, member_id,"
                + " advance_date, voucher_number, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < advances.size(); i++) {
                Advance advance = advances.get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, advance.memberId());
                s.setDate(4, Date.valueOf(advance.date()));
                s.setString(5, advance.voucherNumber());
                s.setLong(6, advance.amount());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void outcomes(Connection c, long id, List<MemberOutcome> outcomes) throws SQLException {
        try (PreparedStatement o = c.prepareStatement("INSERT INTO settlement_outcome (delegation_id, position, member_id,"
                + " attendance, replacement_id) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement s = c.prepareStatement("INSERT INTO settlement_stay (delegation_id, outcome_position,"
                        + " position, place, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < outcomes.size(); i++) {
                MemberOutcome outcome = outcomes.get(i);
                o.setLong(1, id);
                o.setInt(2, i);
                o.setString(3, outcome.memberId());
                o.setString(4, outcome.attendance().name());
                o.setString(5, outcome.replacementId());
                o.addBatch();
                for (int p = 0; p < outcome.stays().size(); p++) {
                    CertifiedStay stay = outcome.stays().get(p);
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setInt(3, p);
                    s.setString(4, stay.place());
                    s.setDate(5, Date.valueOf(stay.from()));
                    s.setDate(6, Date.valueOf(stay.to()));
                    s.addBatch();
                }
            }
            o.executeBatch();
            s.executeBatch();
        }
    }

    private static void lines(Connection c, long id, List<ActualLine> lines) throws SQLException {
        try (PreparedStatement l = c.prepareStatement("INSERT INTO settlement_line (delegation_id, position, estimate_key,"
                + " content, kind, stop, nights, flight_class, entitled_fare, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement m = c.prepareStatement("INSERT INTO settlement_line_member (delegation_id, line_position,"
                        + " position, member_id) VALUES (?, ?, ?, ?)");
                PreparedStatement v = c.prepareStatement("INSERT INTO settlement_voucher (delegation_id, line_position,"
                        + " position, kind, voucher_number, voucher_date, supplier, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < lines.size(); i++) {
                ActualLine line = lines.get(i);
                l.setLong(1, id);
                l.setInt(2, i);
                l.setString(3, line.estimateKey());
                l.setString(4, line.content());
                l.setString(5, line.kind().name());
                l.setString(6, line.stop());
                l.setInt(7, line.nights());
                if (line.flightClass() == null) {
                    l.setNull(8, Types.VARCHAR);
                } else {
                    l.setString(8, line.flightClass().name());
                }
                if (line.entitledFare() == null) {
                    l.setNull(9, Types.BIGINT);
                } else {
                    l.setLong(9, line.entitledFare());
                }
                l.setLong(10, line.cost());
                l.addBatch();
                for (int p = 0; p < line.memberIds().size(); p++) {
                    m.setLong(1, id);
                    m.setInt(2, i);
                    m.setInt(3, p);
                    m.setString(4, line.memberIds().get(p));
                    m.addBatch();
                }
                for (int p = 0; p < line.vouchers().size(); p++) {
                    Voucher voucher = line.vouchers().get(p);
                    v.setLong(1, id);
                    v.setInt(2, i);
                    v.setInt(3, p);
                    v.setString(4, voucher.kind().name());
                    v.setString(5, voucher.number());
                    v.setDate(6, Date.valueOf(voucher.date()));
                    v.setString(7, voucher.supplier());
                    v.setLong(8, voucher.amount());
                    v.addBatch();
                }
            }
            l.executeBatch();
            m.executeBatch();
            v.executeBatch();
        }
    }
}
