package vn.delegationdesk.plan.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TaskResult;

/** Writes a plan's rows: its header, then everything it is made of, each table in one batch. */
final class PlanWriter {
    static final String HEADER_COLUMNS = "issuing_parent_body, issuing_body_name, issuing_abbreviation, kind, doc_number,"
            + " symbol, issued_on, place, title, period_from, period_to, funding, signer_authority_prefix,"
            + " signer_principal_title, signer_title, signer_name";
    static final String INSERT_HEADER = "INSERT INTO plan (" + HEADER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?)";
    static final String UPDATE_HEADER = "UPDATE plan SET issuing_parent_body = ?, issuing_body_name = ?,"
            + " issuing_abbreviation = ?, kind = ?, doc_number = ?, symbol = ?, issued_on = ?, place = ?, title = ?,"
            + " period_from = ?, period_to = ?, funding = ?, signer_authority_prefix = ?, signer_principal_title = ?,"
            + " signer_title = ?, signer_name = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?";
    /** Children first where a foreign key needs it; the rest go with their parent rows. */
    private static final List<String> DELETE_CHILDREN = List.of("DELETE FROM plan_activity WHERE plan_id = ?",
            "DELETE FROM plan_task WHERE plan_id = ?", "DELETE FROM plan_target WHERE plan_id = ?",
            "DELETE FROM plan_line WHERE plan_id = ?", "DELETE FROM plan_report_rule WHERE plan_id = ?");

    private PlanWriter() {
    }

    /** Sets the header's 16 values from index 1. */
    static void header(PreparedStatement s, Plan plan) throws SQLException {
        s.setString(1, plan.issuingBody().parentBody());
        s.setString(2, plan.issuingBody().name());
        s.setString(3, plan.issuingBody().abbreviation());
        s.setString(4, plan.kind().name());
        s.setString(5, plan.number());
        s.setString(6, plan.symbol());
        date(s, 7, plan.issuedOn());
        s.setString(8, plan.place());
        s.setString(9, plan.title());
        date(s, 10, plan.periodFrom());
        date(s, 11, plan.periodTo());
        s.setString(12, plan.funding());
        s.setString(13, plan.signer().authorityPrefix());
        s.setString(14, plan.signer().principalTitle());
        s.setString(15, plan.signer().title());
        s.setString(16, plan.signer().name());
    }

    static void deleteChildren(Connection c, long id) throws SQLException {
        for (String sql : DELETE_CHILDREN) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
    }

    static void children(Connection c, long id, Plan plan) throws SQLException {
        lines(c, id, plan);
        rules(c, id, plan.reporting());
        targets(c, id, plan.targets());
        tasks(c, id, plan.tasks());
        activities(c, id, plan.activities());
    }

    private static void lines(Connection c, long id, Plan plan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_line (plan_id, position, kind, content)"
                + " VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Ground ground : plan.grounds()) {
                position = line(s, id, position, ground.kind() == GroundKind.IMPLEMENTS ? "GROUND_IMPLEMENTS" : "GROUND_BASED_ON",
                        ground.text());
            }
            for (String purpose : plan.purposes()) {
                position = line(s, id, position, "PURPOSE", purpose);
            }
            for (String requirement : plan.requirements()) {
                position = line(s, id, position, "REQUIREMENT", requirement);
            }
            for (String recipient : plan.recipients()) {
                position = line(s, id, position, "RECIPIENT", recipient);
            }
            s.executeBatch();
        }
    }

    private static int line(PreparedStatement s, long id, int position, String kind, String content) throws SQLException {
        s.setLong(1, id);
        s.setInt(2, position);
        s.setString(3, kind);
        s.setString(4, content);
        s.addBatch();
        return position + 1;
    }

    private static void rules(Connection c, long id, List<ReportingRule> rules) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_report_rule (plan_id, position, frequency, due_month,"
                + " due_day, once_on, recipient) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rules.size(); i++) {
                ReportingRule rule = rules.get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, rule.frequency().name());
                if (rule.dueBefore() == null) {
                    s.setNull(4, Types.INTEGER);
                    s.setNull(5, Types.INTEGER);
                } else {
                    s.setInt(4, rule.dueBefore().getMonthValue());
                    s.setInt(5, rule.dueBefore().getDayOfMonth());
                }
                date(s, 6, rule.onceOn());
                s.setString(7, rule.recipient());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void targets(Connection c, long id, List<Target> targets) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_target (plan_id, target_id, position, label, field,"
                + " unit, min_value, max_value, counted_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement e = c.prepareStatement("INSERT INTO plan_target_entry (plan_id, target_id, position,"
                        + " entry_date, quantity, source) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                s.setLong(1, id);
                s.setString(2, t.id());
                s.setInt(3, i);
                s.setString(4, t.label());
                s.setString(5, t.field());
                s.setString(6, t.unit());
                s.setLong(7, t.min());
                s.setLong(8, t.max());
                s.setString(9, t.countedKind() == null ? null : t.countedKind().name());
                s.addBatch();
                for (int n = 0; n < t.entries().size(); n++) {
                    ProgressEntry entry = t.entries().get(n);
                    e.setLong(1, id);
                    e.setString(2, t.id());
                    e.setInt(3, n);
                    date(e, 4, entry.date());
                    e.setLong(5, entry.quantity());
                    e.setString(6, entry.source());
                    e.addBatch();
                }
            }
            s.executeBatch();
            e.executeBatch();
        }
    }

    private static void tasks(Connection c, long id, List<PlanTask> tasks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_task (plan_id, task_id, position, task_number, content,"
                + " lead_unit, period_from, due_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement u = c.prepareStatement("INSERT INTO plan_task_unit (plan_id, task_id, position, unit)"
                        + " VALUES (?, ?, ?, ?)");
                PreparedStatement t = c.prepareStatement("INSERT INTO plan_task_target (plan_id, task_id, target_id)"
                        + " VALUES (?, ?, ?)");
                PreparedStatement r = c.prepareStatement("INSERT INTO plan_task_result (plan_id, task_id, period, content)"
                        + " VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < tasks.size(); i++) {
                PlanTask task = tasks.get(i);
                s.setLong(1, id);
                s.setString(2, task.id());
                s.setInt(3, i);
                s.setString(4, task.number());
                s.setString(5, task.content());
                s.setString(6, task.leadUnit());
                date(s, 7, task.from());
                date(s, 8, task.due());
                s.setString(9, task.status().name());
                s.addBatch();
                for (int n = 0; n < task.coordinatingUnits().size(); n++) {
                    u.setLong(1, id);
                    u.setString(2, task.id());
                    u.setInt(3, n);
                    u.setString(4, task.coordinatingUnits().get(n));
                    u.addBatch();
                }
                for (String targetId : task.targetIds()) {
                    t.setLong(1, id);
                    t.setString(2, task.id());
                    t.setString(3, targetId);
                    t.addBatch();
                }
                for (TaskResult result : task.results()) {
                    r.setLong(1, id);
                    r.setString(2, task.id());
                    r.setString(3, result.period());
                    r.setString(4, result.text());
                    r.addBatch();
                }
            }
            s.executeBatch();
            u.executeBatch();
            t.executeBatch();
            r.executeBatch();
        }
    }

    private static void activities(Connection c, long id, List<PlanActivity> activities) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_activity (plan_id, activity_id, position, task_id, kind,"
                + " title, activity_date, place, units, participants, quantity, delegation_id, result)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < activities.size(); i++) {
                PlanActivity a = activities.get(i);
                s.setLong(1, id);
                s.setString(2, a.id());
                s.setInt(3, i);
                s.setString(4, a.taskId());
                s.setString(5, a.kind().name());
                s.setString(6, a.title());
                date(s, 7, a.date());
                s.setString(8, a.place());
                s.setString(9, a.units());
                s.setInt(10, a.participants());
                s.setLong(11, a.quantity());
                if (a.delegationId() == null) {
                    s.setNull(12, Types.BIGINT);
                } else {
                    s.setLong(12, a.delegationId());
                }
                s.setString(13, a.result());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void date(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(value));
        }
    }
}
