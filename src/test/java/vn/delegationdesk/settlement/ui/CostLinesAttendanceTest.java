package vn.delegationdesk.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ConferenceAttendance;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemorySettlementRepository;
import vn.delegationdesk.settlement.MemoryVoucherFileRepository;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.testing.InMemoryRateSetRepository;
import vn.delegationdesk.testing.InMemoryWorksheetRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The cost-lines editor offering the conference desk's attendance: a refreshment invoice of 15.000.000 answering a
 * conference of two sessions at 40.000 đ, 174 delegates checked in: what the editor says, "Dùng số điểm danh", and what
 * the sheet does not reimburse; and a conference without check-ins, which says so and changes nothing.
 */
class CostLinesAttendanceTest {
    private static final long ID = 7L;
    private final Messages messages = new Messages();
    private final Delegation delegation = allDayFirstConference();
    private final Conference conference = delegation.conferences().get(0);
    private final String refreshment = "conference." + conference.id() + ".refreshment";
    private SettlementViewModel model;

    private static Delegation allDayFirstConference() {
        Delegation d = SampleDelegation.create();
        List<Conference> conferences = new ArrayList<>(d.conferences());
        Conference c = conferences.get(0);
        conferences.set(0, new Conference(c.id(), c.title(), c.date(), HalfDay.ALL_DAY, c.venue(), c.venueStandard(), 180,
                c.coOrganiser(), c.agenda()));
        return d.toBuilder().id(ID).conferences(conferences).build();
    }

    private void open(ConferenceAttendance attendance) {
        Clock clock = Clock.fixed(Instant.parse("2025-11-03T07:05:00Z"), ZoneOffset.UTC);
        BudgetService budget = new BudgetService(new InMemoryRateSetRepository(), new InMemoryWorksheetRepository());
        budget.saveWorksheet(ID, EstimateWorksheet.EMPTY.withOverride(refreshment,
                new LineOverride(null, null, null, null, 40_000L, null, false)));
        RoleGate gate = new RoleGate(() -> User.everyRole("lan"));
        SettlementService service = new SettlementService(new MemorySettlementRepository(),
                id -> id == ID ? Optional.of(delegation) : Optional.empty(), budget, gate, clock, attendance);
        DelegationDraft draft = new DelegationDraft(messages);
        draft.load(delegation);
        VoucherFiles files = new VoucherFiles(new MemoryVoucherFileRepository(), gate, clock, service::closings);
        model = new SettlementViewModel(draft, service, files, new DirectTaskRunner(), new RecordingDialogService(), messages,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        model.setShowing(true);
        model.open(delegation);
    }

    private int refreshmentsInvoiced(String amount) {
        CostLinesEditor costs = model.costEditor();
        costs.addLine(ExpenseKind.DIRECT);
        int line = costs.selectedLineProperty().get();
        costs.setLineContent(line, "Nước uống, giải khát hội nghị Đắk Lắk");
        assertThat(costs.setLineCost(line, amount)).isNull();
        costs.setLineEstimate(line, refreshment);
        return line;
    }

    @Test
    void theEditorOffersTheAttendanceAndTheSheetCapsTheInvoiceAtIt() {
        open((delegationId, conferenceId) -> conferenceId.equals(conference.id())
                ? Optional.of(new ConferenceAttendance.Count(174, 32)) : Optional.empty());
        int line = refreshmentsInvoiced("15.000.000");

        assertThat(model.costEditor().attendanceProperty().get()).isEqualTo("Theo điểm danh: 174 đại biểu đã đến (32 không "
                + "hưởng lương NSNN). Được thanh toán tối đa 174 người × 40.000 đ × 2 buổi = 13.920.000 đ.");
        assertThat(model.costEditor().attendanceUsableProperty().get()).isTrue();
        assertThat(model.disallowed()).singleElement().asString().isEqualTo("Dòng 1 «Nước uống, giải khát hội nghị Đắk Lắk»: "
                + "không được thanh toán 1.080.000 đ. Vượt số đại biểu thực tế dự: 174 người (theo điểm danh) × 40.000 đ × 2 "
                + "buổi = 13.920.000 đ: không được thanh toán 1.080.000 đ.");

        model.costEditor().useAttendance();

        assertThat(model.lines().get(line).cost()).isEqualTo("13.920.000");
        assertThat(model.noticeProperty().get()).isEqualTo("Dòng 1: đã điền số tiền theo điểm danh, 13.920.000 đ");
        assertThat(model.disallowed()).isEmpty();
    }

    @Test
    void withoutCheckInsTheEditorSaysSoAndTheInvoiceIsPaidAsItIs() {
        open(ConferenceAttendance.NONE);
        refreshmentsInvoiced("15.000.000");

        assertThat(model.costEditor().attendanceProperty().get()).isEqualTo("Hội nghị «" + conference.title() + "» chưa có "
                + "điểm danh tại bàn đón tiếp: khoản chi được thanh toán theo hóa đơn, không đối chiếu số người.");
        assertThat(model.costEditor().attendanceUsableProperty().get()).isFalse();
        assertThat(model.disallowed()).isEmpty();
    }

    @Test
    void aCostAnsweringAnotherLineSaysNothingAboutAttendance() {
        open((delegationId, conferenceId) -> Optional.of(new ConferenceAttendance.Count(174, 32)));
        CostLinesEditor costs = model.costEditor();
        costs.addLine(ExpenseKind.DIRECT);
        costs.setLineEstimate(costs.selectedLineProperty().get(), "conference." + conference.id() + ".hall");

        assertThat(costs.attendanceProperty().get()).isEmpty();
        assertThat(costs.attendanceUsableProperty().get()).isFalse();
    }
}
