package vn.delegationdesk.plan.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TaskResult;
import vn.delegationdesk.plan.TaskStatus;

/**
 * Reads plans whole: one plan ({@code WHERE plan_id = ?}) or all of them, one query per table whatever their number, the
 * rows grouped by plan in memory.
 */
final class PlanReader {
    private final Connection c;
    /** " WHERE plan_id = ?" for one plan, "" for all. */
    private final String where;
    private final Long only;

    PlanReader(Connection c, Long only) {
        this.c = c;
        this.only = only;
        this.where = only == null ? "" : " WHERE plan_id = ?";
    }

    List<Plan> read() throws SQLException {
        Map<Long, Plan> headers = headers();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, Lines> lines = lines();
        Map<Long, List<ReportingRule>> rules = rules();
        Map<Long, List<Target>> targets = targets();
        Map<Long, List<PlanTask>> tasks = tasks();
        Map<Long, List<PlanActivity>> activities = activities();
        List<Plan> plans = new ArrayList<>();
        for (Plan header : headers.values()) {
            long id = header.id();
            Lines l = lines.getOrDefault(id, new Lines());
            plans.add(new Plan(id, header.issuingBody(), header.kind(), header.number(), header.symbol(), header.issuedOn(),
                    header.place(), header.title(), l.grounds, header.periodFrom(), header.periodTo(), l.purposes,
                    l.requirements, header.funding(), rules.getOrDefault(id, List.of()), l.recipients, header.signer(),
                    targets.getOrDefault(id, List.of()), tasks.getOrDefault(id, List.of()),
                    activities.getOrDefault(id, List.of())));
        }
        return plans;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        if (only != null) {
            s.setLong(1, only);
        }
        return s;
    }

    private Map<Long, Plan> headers() throws SQLException {
        Map<Long, Plan> found = new LinkedHashMap<>();
        String sql = "SELECT id, " + PlanWriter.HEADER_COLUMNS + " FROM plan" + (only == null ? "" : " WHERE id = ?") + " ORDER BY id";
        try (PreparedStatement s = prepare(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                found.put(id, new Plan(id, new IssuingBody(rows.getString("issuing_parent_body"),
                        rows.getString("issuing_body_name"), rows.getString("issuing_abbreviation")),
                        PlanKind.valueOf(rows.getString("kind")), rows.getString("doc_number"), rows.getString("symbol"),
                        date(rows, "issued_on"), rows.getString("place"), rows.getString("title"), List.of(),
                        date(rows, "period_from"), date(rows, "period_to"), List.of(), List.of(), rows.getString("funding"),
                        List.of(), List.of(), new Signer(rows.getString("signer_authority_prefix"),
                                rows.getString("signer_principal_title"), rows.getString("signer_title"),
                                rows.getString("signer_name")), List.of(), List.of(), List.of()));
            }
        }
        return found;
    }

    /** A plan's lists as read from plan_line. */
    private static final class Lines {
        final List<Ground> grounds = new ArrayList<>();
        final List<String> purposes = new ArrayList<>();
        final List<String> requirements = new ArrayList<>();
        final List<String> recipients = new ArrayList<>();
    }

    private Map<Long, Lines> lines() throws SQLException {
        Map<Long, Lines> found = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT plan_id, kind, content FROM plan_line" + where + " ORDER BY plan_id, position");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                Lines l = found.computeIfAbsent(rows.getLong(1), k -> new Lines());
                String content = rows.getString(3);
                switch (rows.getString(2)) {
                    case "GROUND_IMPLEMENTS" -> l.grounds.add(new Ground(GroundKind.IMPLEMENTS, content));
                    case "GROUND_BASED_ON" -> l.grounds.add(new Ground(GroundKind.BASED_ON, content));
                    case "PURPOSE" -> l.purposes.add(content);
                    case "REQUIREMENT" -> l.requirements.add(content);
                    default -> l.recipients.add(content);
                }
            }
        }
        return found;
    }

    private Map<Long, List<ReportingRule>> rules() throws SQLException {
        Map<Long, List<ReportingRule>> found = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT plan_id, frequency, due_month, due_day, once_on, recipient FROM plan_report_rule"
                + where + " ORDER BY plan_id, position"); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                int month = rows.getInt("due_month");
                MonthDay due = rows.wasNull() ? null : MonthDay.of(month, rows.getInt("due_day"));
                found.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new ReportingRule(
                        ReportFrequency.valueOf(rows.getString("frequency")), due, date(rows, "once_on"),
                        rows.getString("recipient")));
            }
        }
        return found;
    }

    private Map<Long, List<Target>> targets() throws SQLException {
        Map<String, List<ProgressEntry>> entries = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT plan_id, target_id, entry_date, quantity, source FROM plan_target_entry"
                + where + " ORDER BY plan_id, target_id, position"); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                entries.computeIfAbsent(rows.getLong(1) + "/" + rows.getString(2), k -> new ArrayList<>())
                        .add(new ProgressEntry(date(rows, "entry_date"), rows.getLong("quantity"), rows.getString("source")));
            }
        }
        Map<Long, List<Target>> found = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT plan_id, target_id, label, field, unit, min_value, max_value, counted_kind"
                + " FROM plan_target" + where + " ORDER BY plan_id, position"); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long planId = rows.getLong(1);
                String targetId = rows.getString(2);
                String kind = rows.getString("counted_kind");
                found.computeIfAbsent(planId, k -> new ArrayList<>()).add(new Target(targetId, rows.getString("label"),
                        rows.getString("field"), rows.getString("unit"), rows.getLong("min_value"), rows.getLong("max_value"),
                        kind == null ? null : ActivityKind.valueOf(kind), entries.getOrDefault(planId + "/" + targetId, List.of())));
            }
        }
        return found;
    }

    private Map<Long, List<PlanTask>> tasks() throws SQLException {
        Map<String, List<String>> units = strings("SELECT plan_id, task_id, unit FROM plan_task_unit" + where
                + " ORDER BY plan_id, task_id, position");
        Map<String, List<String>> targets = strings("SELECT plan_id, task_id, target_id FROM plan_task_target" + where
                + " ORDER BY plan_id, task_id, target_id");
        Map<String, List<TaskResult>> results = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT plan_id, task_id, period, content FROM plan_task_result" + where
                + " ORDER BY plan_id, task_id, period"); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                results.computeIfAbsent(rows.getLong(1) + "/" + rows.getString(2), k -> new ArrayList<>())
                        .add(new TaskResult(rows.getString(3), rows.getString(4)));
            }
        }
        Map<Long, List<PlanTask>> found = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT plan_id, task_id, task_number, content, lead_unit, period_from, due_date,"
                + " status FROM plan_task" + where + " ORDER BY plan_id, position"); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long planId = rows.getLong(1);
                String key = planId + "/" + rows.getString(2);
                found.computeIfAbsent(planId, k -> new ArrayList<>()).add(new PlanTask(rows.getString(2),
                        rows.getString("task_number"), rows.getString("content"), rows.getString("lead_unit"),
                        units.getOrDefault(key, List.of()), date(rows, "period_from"), date(rows, "due_date"),
                        targets.getOrDefault(key, List.of()), TaskStatus.valueOf(rows.getString("status")),
                        results.getOrDefault(key, List.of())));
            }
        }
        return found;
    }

    private Map<String, List<String>> strings(String sql) throws SQLException {
        Map<String, List<String>> found = new HashMap<>();
        try (PreparedStatement s = prepare(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                found.computeIfAbsent(rows.getLong(1) + "/" + rows.getString(2), k -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        return found;
    }

    private Map<Long, List<PlanActivity>> activities() throws SQLException {
        Map<Long, List<PlanActivity>> found = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT plan_id, activity_id, task_id, kind, title, activity_date, place, units,"
                + " participants, quantity, delegation_id, result FROM plan_activity" + where + " ORDER BY plan_id, position");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long delegation = rows.getLong("delegation_id");
                Long delegationId = rows.wasNull() ? null : delegation;
                found.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new PlanActivity(rows.getString(2),
                        rows.getString(3), ActivityKind.valueOf(rows.getString("kind")), rows.getString("title"),
                        date(rows, "activity_date"), rows.getString("place"), rows.getString("units"),
                        rows.getInt("participants"), rows.getLong("quantity"), delegationId, rows.getString("result")));
            }
        }
        return found;
    }

    private static LocalDate date(ResultSet rows, String column) throws SQLException {
        Date value = rows.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
