package vn.delegationdesk.plan.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanRepository;
import vn.delegationdesk.plan.PlanSummary;
import vn.delegationdesk.plan.TaskLink;
import vn.delegationdesk.platform.db.Store;

/**
 * Plans in the tables of migration V11. A plan is written whole in one transaction: its header, then its lines, rules,
 * targets, tasks and activities, replaced together on an update. Plain SQL that H2 and PostgreSQL both run.
 */
public final class JdbcPlanRepository implements PlanRepository {
    private static final String SUMMARIES = "SELECT p.id, p.issuing_body_name, p.kind, p.doc_number, p.symbol, p.issued_on,"
            + " p.title, p.period_from, p.period_to,"
            + " (SELECT COUNT(*) FROM plan_task t WHERE t.plan_id = p.id) AS tasks,"
            + " (SELECT COUNT(*) FROM plan_activity a WHERE a.plan_id = p.id) AS activities"
            + " FROM plan p ORDER BY p.issued_on DESC NULLS LAST, p.id";
    private static final String LINKS = "SELECT a.plan_id, p.title, a.task_id, t.task_number, a.activity_id FROM plan_activity a"
            + " JOIN plan p ON p.id = a.plan_id JOIN plan_task t ON t.plan_id = a.plan_id AND t.task_id = a.task_id"
            + " WHERE a.delegation_id = ? ORDER BY a.plan_id, a.position";

    private final Store store;

    public JdbcPlanRepository(Store store) {
        this.store = store;
    }

    @Override
    public List<PlanSummary> findSummaries() {
        return store.inSnapshot(c -> {
            List<PlanSummary> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SUMMARIES); ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String number = rows.getString("doc_number");
                    String symbol = rows.getString("symbol");
                    found.add(new PlanSummary(rows.getLong("id"), rows.getString("issuing_body_name"),
                            PlanKind.valueOf(rows.getString("kind")), symbol.isEmpty() ? number : number + "/" + symbol,
                            date(rows.getDate("issued_on")), rows.getString("title"), date(rows.getDate("period_from")),
                            date(rows.getDate("period_to")), rows.getInt("tasks"), rows.getInt("activities")));
                }
            }
            return found;
        });
    }

    @Override
    public List<Plan> findAll() {
        return store.inSnapshot(c -> new PlanReader(c, null).read());
    }

    @Override
    public Optional<Plan> findById(long id) {
        return store.inSnapshot(c -> new PlanReader(c, id).read().stream().findFirst());
    }

    @Override
    public long insert(Plan plan) {
        return store.inTransaction(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement(PlanWriter.INSERT_HEADER, store.dialect().generatedKey("id"))) {
                PlanWriter.header(s, plan);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            PlanWriter.children(c, id, plan);
            return id;
        });
    }

    @Override
    public boolean update(Plan plan) {
        return store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(PlanWriter.UPDATE_HEADER)) {
                PlanWriter.header(s, plan);
                s.setLong(17, plan.id());
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            PlanWriter.deleteChildren(c, plan.id());
            PlanWriter.children(c, plan.id(), plan);
            return true;
        });
    }

    @Override
    public boolean delete(long id) {
        return store.inTransaction(c -> {
            PlanWriter.deleteChildren(c, id);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<TaskLink> findLinksTo(long delegationId) {
        return store.inSnapshot(c -> {
            List<TaskLink> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(LINKS)) {
                s.setLong(1, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        found.add(new TaskLink(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5)));
                    }
                }
            }
            return found;
        });
    }

    private static LocalDate date(Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
