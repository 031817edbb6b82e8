package vn.delegationdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.AbroadLimits;
import vn.delegationdesk.abroad.ForeignRateSetValidator;
import vn.delegationdesk.budget.RateSetValidator;
import vn.delegationdesk.conferencedesk.ConferenceDeskLimits;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationLimits;
import vn.delegationdesk.delegation.DelegationValidator;
import vn.delegationdesk.delegation.approval.ApprovalChecks;
import vn.delegationdesk.delegation.body.BodyProfileValidator;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.plan.PlanLimits;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.SettlementLimits;

/**
 * The stated maximum of every text field is the width of its column in a fresh store, and every VARCHAR column of the
 * store is either a declared text field or listed here as something else than user text: what passes the validator is
 * never refused or cut by the store.
 */
class TextLimitsMatchStoreTest {
    /** VARCHAR columns that hold no text a user types, with what they hold instead. */
    private static final Map<String, String> NOT_USER_TEXT = Map.ofEntries(
            Map.entry("delegation.status", "an enum's name, CHECKed"),
            Map.entry("transport_mode.mode", "an enum's name, CHECKed"),
            Map.entry("member.gender", "an enum's name, CHECKed"),
            Map.entry("member.role", "an enum's name, CHECKed"),
            Map.entry("activity.half_day", "an enum's name, CHECKed"),
            Map.entry("activity.kind", "an enum's name, CHECKed"),
            Map.entry("activity.transport", "an enum's name, CHECKed"),
            Map.entry("conference.half_day", "an enum's name, CHECKed"),
            Map.entry("responsibility.role", "an enum's name, CHECKed"),
            Map.entry("responsibility.status", "an enum's name, CHECKed"),
            Map.entry("rate_set.kind", "an enum's name, CHECKed"),
            Map.entry("rate_value.rate_key", "an enum's name (RateKey)"),
            Map.entry("rate_set.id", "a UUID the application makes, or a built-in set's fixed id"),
            Map.entry("rate_value.rate_set_id", "the id of its rate set (rate_set.id)"),
            Map.entry("app_setting.name", "the name of a setting, fixed in the code"),
            Map.entry("delegation.saved_by", "who saved, given by the session (the system's user name or the signed-in"
                    + " user), cut to DelegationService.SAVED_BY_MAX by the service"),
            Map.entry("app_setting.content", "a setting's value written by the application (JSON)"),
            Map.entry("approval_stage.stage", "an enum's name, CHECKed"),
            Map.entry("audit_entry.action", "an enum's name, CHECKed"),
            Map.entry("audit_entry.from_stage", "an enum's name (ApprovalStage)"),
            Map.entry("approval_stage.changed_by", "the user's name from the system (CurrentUser), cut to the column"),
            Map.entry("audit_entry.user_name", "the user's name from the system (CurrentUser), cut to the column"),
            Map.entry("store_transfer.transferred_by", "the server's login, cut to the column"),
            Map.entry("store_transfer.source_computer", "the computer's name from the system, cut to the column"),
            Map.entry("store_transfer.source_folder", "the data folder's path, cut to the column"),
            Map.entry("store_transfer.detail", "the audit line the application writes for a copy, cut to the column"),
            Map.entry("store_transfer_backup.file_name", "a backup's file name in the data folder, cut to the column"),
            Map.entry("delegation_transfer.checksum", "a SHA-256 in hexadecimal, 64 characters"),
            Map.entry("plan.kind", "an enum's name, CHECKed"),
            Map.entry("plan_line.kind", "an enum's name with the line's list, CHECKed"),
            Map.entry("plan_report_rule.frequency", "an enum's name, CHECKed"),
            Map.entry("plan_target.target_id", "an id the application makes within the plan"),
            Map.entry("plan_target.counted_kind", "an enum's name, CHECKed"),
            Map.entry("plan_target_entry.target_id", "the id of its target"),
            Map.entry("plan_task.task_id", "an id the application makes within the plan"),
            Map.entry("plan_task.status", "an enum's name, CHECKed"),
            Map.entry("plan_task_unit.task_id", "the id of its task"),
            Map.entry("plan_task_target.task_id", "the id of its task"),
            Map.entry("plan_task_target.target_id", "the id of a target of the plan"),
            Map.entry("plan_task_result.task_id", "the id of its task"),
            Map.entry("plan_task_result.period", "a reporting period's code (2025-H1), checked by PlanValidator"),
            Map.entry("plan_activity.activity_id", "an id the application makes within the plan"),
            Map.entry("plan_activity.task_id", "the id of its task"),
            Map.entry("plan_activity.kind", "an enum's name, CHECKed"),
            Map.entry("estimate_worksheet.content", "the worksheet as JSON, written by the application"),
            Map.entry("plan_revision.frozen_by", "the user's name from the system (CurrentUser), cut to the column"),
            Map.entry("plan_revision.content", "a frozen delegation package as JSON, written by the application"),
            Map.entry("settlement_closing.closed_by", "the user's name from the system (CurrentUser, at most 200)"),
            Map.entry("settlement_closing.reopened_by", "the user's name from the system (CurrentUser, at most 200)"),
            Map.entry("settlement_closing.content", "a frozen settlement as JSON, written by the application from a"
                    + " validated settlement"),
            Map.entry("plan_revision_total.label", "an estimate section's numeral and title as the estimate made them,"
                    + " cut to the column"),
            Map.entry("plan_revision_document.file_name", "a document's file name made by the application (FileNames),"
                    + " cut to the column"),
            Map.entry("settlement_outcome.attendance", "an enum's name, CHECKed"),
            Map.entry("settlement_line.kind", "an enum's name, CHECKed"),
            Map.entry("settlement_line.flight_class", "an enum's name, CHECKed"),
            Map.entry("settlement_voucher.kind", "an enum's name, CHECKed"),
            Map.entry("voucher_file.media_type", "one of three media types judged from the file's first bytes, CHECKed"),
            Map.entry("voucher_file.sha256", "a SHA-256 in hexadecimal, 64 characters"),
            Map.entry("voucher_file.attached_by", "the user's name from the system (CurrentUser), cut to the column"),
            Map.entry("conference_delegate.id", "an id the application makes (a UUID), carried by the invitation's QR code"),
            Map.entry("conference_delegate.conference_id", "the id of a conference of the delegation (conference.conference_id)"),
            Map.entry("conference_delegate.member_id", "the id of a member of the delegation (member.member_id), or ''"),
            Map.entry("conference_delegate.delegate_group", "an enum's name, CHECKed"),
            Map.entry("conference_delegate.status", "an enum's name, CHECKed"),
            Map.entry("conference_hall.conference_id", "the id of a conference of the delegation (conference.conference_id)"),
            Map.entry("conference_hall.hall_kind", "an enum's name, CHECKed"),
            Map.entry("conference_seat.conference_id", "the id of a conference of the delegation (conference.conference_id)"),
            Map.entry("conference_seat.delegate_id", "the id of a delegate (conference_delegate.id)"),
            Map.entry("outbound_plan.foreign_rate_set_id", "the id of a foreign rate set (foreign_rate_set.id), or ''"),
            Map.entry("outbound_plan.exchange_currency", "an ISO 4217 currency code (Currency)"),
            Map.entry("outbound_plan.exchange_value", "an exact decimal written by the application (BigDecimal.toString),"
                    + " at most ForeignRateSetValidator.MAX_DECIMAL_TEXT characters, checked by AbroadService"),
            Map.entry("outbound_plan.inputs", "the inputs of the estimate abroad as JSON, written by the application"),
            Map.entry("outbound_stop.country_code", "an ISO 3166-1 alpha-2 code, checked by OutboundValidator"),
            Map.entry("outbound_stop.zone_id", "a time zone id (ZoneId)"),
            Map.entry("outbound_flight.from_zone", "a time zone id (ZoneId)"),
            Map.entry("outbound_flight.to_zone", "a time zone id (ZoneId)"),
            Map.entry("outbound_passport.member_id", "the id of a member of the delegation (member.member_id)"),
            Map.entry("outbound_passport.passport_type", "an enum's name, CHECKed"),
            Map.entry("foreign_rate_set.id", "a UUID the application makes, or a built-in set's fixed id"),
            Map.entry("foreign_country_rate.rate_set_id", "the id of its rate set (foreign_rate_set.id)"),
            Map.entry("foreign_country_rate.countries", "ISO 3166-1 alpha-2 codes joined by commas, each once, checked by"
                    + " ForeignRateSetValidator"),
            Map.entry("foreign_country_rate.currency", "an ISO 4217 currency code (Currency)"),
            Map.entry("foreign_country_rate.per_diem", "an exact decimal written by the application (BigDecimal.toString),"
                    + " at most ForeignRateSetValidator.MAX_DECIMAL_TEXT characters"),
            Map.entry("foreign_country_rate.lodging_cap", "an exact decimal written by the application (BigDecimal.toString),"
                    + " at most ForeignRateSetValidator.MAX_DECIMAL_TEXT characters"),
            Map.entry("document_settings.content", "the document settings as JSON; their texts are checked by"
                    + " DocumentSettingsValidator against limits that keep the document far below this column"));

    @TempDir
    Path dataDir;

    private static List<TextLimit> declared() {
        return Stream.of(DelegationLimits.ALL, BodyProfileValidator.LIMITS, RateSetValidator.LIMITS, ApprovalChecks.LIMITS, PlanLimits.ALL,
                SettlementLimits.ALL, ConferenceDeskLimits.ALL, AbroadLimits.ALL,
                ForeignRateSetValidator.LIMITS)
                .flatMap(List::stream).filter(TextLimit::isColumn).toList();
    }

    private Map<String, Integer> varcharColumns(Database database) {
        return database.inTransaction(c -> {
            Map<String, Integer> columns = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE = 'CHARACTER VARYING'"
                    + " AND TABLE_NAME <> 'flyway_schema_history'");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    columns.put((rows.getString(1) + "." + rows.getString(2)).toLowerCase(Locale.ROOT), rows.getInt(3));
                }
            }
            return columns;
        });
    }

    @Test
    void everyDeclaredLimitIsItsColumnsWidthAndEveryColumnIsCovered() {
        try (Database database = Database.openStore(dataDir)) {
            Map<String, Integer> columns = varcharColumns(database);
            Map<String, Integer> limits = new TreeMap<>();
            List<String> twice = new ArrayList<>();
            for (TextLimit limit : declared()) {
                if (limits.put(limit.table() + "." + limit.column(), limit.maxLength()) != null) {
                    twice.add(limit.table() + "." + limit.column());
                }
            }

            assertThat(columns).as("the store has its text columns").hasSizeGreaterThan(60);
            assertThat(twice).as("columns declared twice").isEmpty();
            assertThat(limits.keySet()).as("declared and listed as not user text").doesNotContainAnyElementsOf(NOT_USER_TEXT.keySet());
            Map<String, Integer> widths = new TreeMap<>(columns);
            widths.keySet().retainAll(limits.keySet());
            assertThat(limits).as("declared maximum = column width (CHARACTER_MAXIMUM_LENGTH)").isEqualTo(widths);
            List<String> uncovered = columns.keySet().stream()
                    .filter(column -> !limits.containsKey(column) && !NOT_USER_TEXT.containsKey(column)).toList();
            assertThat(uncovered).as("VARCHAR columns with neither a declared limit nor a reason").isEmpty();
            assertThat(columns.keySet()).as("columns listed as not user text that exist").containsAll(NOT_USER_TEXT.keySet());
        }
    }

    @Test
    void aTextAtItsStatedMaximumIsStoredWholeEvenInEmojiPairs() {
        String title = "🎉".repeat(DelegationLimits.TITLE.maxLength() / 2);
        String name = "Nguyễn Thị Hồng Nhung ".repeat(20).substring(0, DelegationLimits.MEMBER_NAME.maxLength());
        Delegation sample = SampleDelegation.create();
        var members = new ArrayList<>(sample.members());
        members.set(0, members.get(0).toBuilder().fullName(name).build());
        Delegation d = sample.toBuilder().title(title).members(members).build();
        assertThat(new DelegationValidator().validate(d)).isEmpty();

        try (Database database = Database.openStore(dataDir)) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            long id = repository.insert(d);

            Delegation stored = repository.findById(id).orElseThrow();
            assertThat(stored.title()).isEqualTo(title).hasSize(2000);
            assertThat(stored.members().get(0).fullName()).isEqualTo(name).hasSize(300);
        }
    }
}
