package vn.delegationdesk.abroad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.LineOverride;
import vn.delegationdesk.abroad.MemoryForeignRateSetRepository;
import vn.delegationdesk.abroad.MemoryOutboundRepository;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.OutboundSamples;
import vn.delegationdesk.abroad.PassportType;
import vn.delegationdesk.abroad.Price;
import vn.delegationdesk.abroad.ui.AbroadRows.LegRow;
import vn.delegationdesk.abroad.ui.AbroadRows.PassportRow;
import vn.delegationdesk.abroad.ui.AbroadRows.StopRow;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The tab "Đi nước ngoài" without a screen: a stop in Seoul, the flight Hà Nội 23:50 → Seoul 06:30 and back, a passport,
 * the rate 25.345,5 đ/USD typed as text give 5 days and 3 nights and the per diem line in USD and đồng (rates of TEST
 * DATA); saved, the plan reads back the same; an arrival before its departure, an expired passport and unreadable text
 * are refused naming the row and the field, and nothing is stored. The estimate's inputs: a fare typed prices the
 * airfare line, an unreadable amount is named and blocks the save, the inputs read back exactly.
 */
class AbroadViewModelTest {
    private static final long ID = 7L;
    private final Messages messages = new Messages();
    private final MemoryOutboundRepository plans = new MemoryOutboundRepository();
    private final MemoryForeignRateSetRepository rateSets = new MemoryForeignRateSetRepository();
    private final Delegation delegation = OutboundSamples.delegation(ID);
    private final AbroadService service = new AbroadService(plans, rateSets,
            id -> id == ID ? Optional.of(delegation) : Optional.empty(), new RoleGate(new AtomicReference<>(User.everyRole("lan"))::get));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AbroadViewModel model;
    private DelegationDraft draft;

    @BeforeEach
    void open() {
        rateSets.save(OutboundSamples.testRates());
        model = opened();
    }

    private AbroadViewModel opened() {
        draft = new DelegationDraft(messages);
        draft.load(delegation);
        AbroadViewModel opened = new AbroadViewModel(draft, service, new DirectTaskRunner(), dialogs, messages);
        opened.setShowing(true);
        return opened;
    }

    private void typeTrip(AbroadViewModel target) {
        target.setOutbound(true);
        StopRow stop = target.addStop();
        stop.code.set("KR");
        stop.name.set("Hàn Quốc");
        stop.city.set("Seoul");
        stop.zone.set("Asia/Seoul");
        stop.arrival.set("06/04/2026");
        stop.departure.set("09/04/2026");
        leg(target.addLeg(), "VN416", "Hà Nội", "05/04/2026 23:50", "Asia/Ho_Chi_Minh", "Incheon", "06/04/2026 06:30", "Asia/Seoul");
        leg(target.addLeg(), "VN417", "Incheon", "09/04/2026 18:00", "Asia/Seoul", "Hà Nội", "09/04/2026 20:40", "Asia/Ho_Chi_Minh");
        PassportRow an = target.passports().get(0);
        an.number.set("C1234567");
        an.type.set(PassportType.CONG_VU);
        an.expiry.set("01/08/2026");
        target.rateValueProperty().set("25.345,5");
        target.rateDateProperty().set("01/04/2026");
        target.rateSourceProperty().set("Vietcombank");
        target.rateSetProperty().set(target.rateSets().stream().filter(c -> c.id().equals(OutboundSamples.TEST_SET_ID)).findFirst()
                .orElseThrow());
    }

    private static void leg(LegRow row, String number, String from, String departure, String fromZone, String to, String arrival,
            String toZone) {
        row.number.set(number);
        row.from.set(from);
        row.departure.set(departure);
        row.fromZone.set(fromZone);
        row.to.set(to);
        row.arrival.set(arrival);
        row.toZone.set(toZone);
    }

    @Test
    void aTypedTripShowsItsDaysNightsAndEstimateAndReadsBackTheSameOnceSaved() {
        assertThat(model.outboundProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Đoàn công tác trong nước.");
        assertThat(model.rateSets()).extracting(AbroadRows.RateSetChoice::label)
                .startsWith("Bộ định mức có hiệu lực ngày xuất cảnh").contains("Bộ định mức thử (dữ liệu thử)");
        assertThat(model.passports()).extracting(PassportRow::memberName)
                .containsExactly("Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Thị Dung", "Hoàng Văn Giang");

        typeTrip(model);

        assertThat(model.problems()).isEmpty();
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.calendarSummaryProperty().get())
                .isEqualTo("Xuất cảnh 05/04/2026, nhập cảnh 09/04/2026: 5 ngày, 3 đêm ở nước ngoài");
        assertThat(model.countries()).containsExactly("Hàn Quốc: 5 ngày, 3 đêm");
        // 5 members × 5 days × 60 USD (TEST DATA) = 1.500 USD × 25.345,5 = 38.018.250 đ.
        assertThat(model.lines()).anySatisfy(line -> {
            assertThat(line.foreign()).isEqualTo("1.500 USD");
            assertThat(line.dong()).isEqualTo("38.018.250 đ");
        });
        assertThat(model.totalProperty().get()).startsWith("Tổng cộng: ").contains("dự thảo");
        assertThat(model.warnings()).contains("4 thành viên chưa có hộ chiếu (số, loại, ngày hết hạn): Trần Văn Bình, Lê Thị Cúc, "
                + "Phạm Thị Dung, Hoàng Văn Giang.")
                .anySatisfy(w -> assertThat(w).startsWith("Hộ chiếu của Nguyễn Văn An hết hạn ngày 01/08/2026"));

        model.save();

        assertThat(model.statusProperty().get()).isEqualTo("Đã lưu kế hoạch đi nước ngoài.");
        assertThat(model.dirtyProperty().get()).isFalse();
        AbroadViewModel reopened = opened();
        assertThat(reopened.outboundProperty().get()).isTrue();
        StopRow stop = reopened.stops().get(0);
        assertThat(String.join("|", stop.code.get(), stop.name.get(), stop.city.get(), stop.zone.get(), stop.arrival.get(),
                stop.departure.get())).isEqualTo("KR|Hàn Quốc|Seoul|Asia/Seoul|06/04/2026|09/04/2026");
        LegRow out = reopened.legs().get(0);
        assertThat(String.join("|", out.number.get(), out.from.get(), out.departure.get(), out.fromZone.get(), out.to.get(),
                out.arrival.get(), out.toZone.get()))
                .isEqualTo("VN416|Hà Nội|05/04/2026 23:50|Asia/Ho_Chi_Minh|Incheon|06/04/2026 06:30|Asia/Seoul");
        PassportRow an = reopened.passports().get(0);
        assertThat(an.number.get() + " " + an.type.get() + " " + an.expiry.get()).isEqualTo("C1234567 CONG_VU 01/08/2026");
        assertThat(reopened.rateValueProperty().get()).isEqualTo("25.345,5");
        assertThat(reopened.rateSetProperty().get().label()).isEqualTo("Bộ định mức thử (dữ liệu thử)");
        assertThat(reopened.countries()).containsExactly("Hàn Quốc: 5 ngày, 3 đêm");
        assertThat(reopened.dirtyProperty().get()).isFalse();
    }

    @Test
    void thePapersPrintTheTripAsTypedAndNothingWhileAProblemStands(@TempDir Path folder) {
        List<String> written = new ArrayList<>();
        AbroadPapers papers = new AbroadPapers() {
            @Override
            public String fileName(Kind kind, Delegation d, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate) {
                return "Quyet-dinh-cu-doan-ra_Han-Quoc_04-2026.pdf";
            }

            @Override
            public void write(Kind kind, Delegation d, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate,
                    Path target) {
                written.add(kind + " " + plan.stops().get(0).city() + " " + estimate.total() + " " + target.getFileName());
            }
        };
        AbroadPapersCommand print = new AbroadPapersCommand(model, papers, dialogs, messages);
        typeTrip(model);
        model.legs().get(0).arrival.set("05/04/2026 23:00");

        assertThat(print.print(AbroadPapers.Kind.DECISION)).isEmpty();
        assertThat(dialogs.shown("info")).last().extracting(RecordingDialogService.Shown::message).asString()
                .startsWith("Chưa in được: thẻ Đi nước ngoài còn lỗi cần sửa");
        assertThat(written).isEmpty();

        model.legs().get(0).arrival.set("06/04/2026 06:30");
        dialogs.chooseFile(folder.resolve("qd.pdf"));
        assertThat(print.print(AbroadPapers.Kind.DECISION)).contains(folder.resolve("qd.pdf"));
        assertThat(dialogs.shown("save")).last().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Quyet-dinh-cu-doan-ra_Han-Quoc_04-2026.pdf");
        assertThat(written).singleElement().asString().startsWith("DECISION Seoul ").endsWith(" qd.pdf");
    }

    @Test
    void aFlightArrivingBeforeItsDepartureIsRefusedNamingItsRow() {
        typeTrip(model);
        model.legs().get(0).arrival.set("05/04/2026 23:00");

        model.save();

        assertThat(model.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("Chặng bay 1 (VN416 Hà Nội – Incheon) – Giờ đến: trước giờ đi"));
        assertThat(model.statusProperty().get()).startsWith("Chưa lưu: còn ");
        assertThat(service.load(ID)).isEmpty();
    }

    @Test
    void aPassportExpiredAtDepartureIsRefused() {
        typeTrip(model);
        model.passports().get(0).expiry.set("01/03/2026");

        model.save();

        assertThat(model.problems()).contains("Hộ chiếu của Nguyễn Văn An – Ngày hết hạn: hộ chiếu hết hạn ngày 01/03/2026, "
                + "trước ngày xuất cảnh 05/04/2026");
        assertThat(service.load(ID)).isEmpty();
    }

    @Test
    void unreadableTextIsNamedWithItsFieldAndNothingIsSaved() {
        typeTrip(model);
        model.rateValueProperty().set("25,345.5");
        model.legs().get(1).departure.set("09/04/2026 25:00");

        model.save();

        assertThat(model.problems()).containsExactly(
                "Chặng bay 2 (VN417 Incheon – Hà Nội) – Giờ đi: «09/04/2026 25:00» không phải ngày giờ (dd/MM/yyyy HH:mm, giờ địa phương)",
                "Tỷ giá – Số đồng cho 1 USD: «25,345.5» không phải số (ví dụ 25.345,5)");
        assertThat(service.load(ID)).isEmpty();
    }

    @Test
    void openingAnotherDelegationAsksAndSavesTheUnsavedPlanOfTheOneLeft() {
        typeTrip(model);
        dialogs.answerUnsaved(DialogService.UnsavedChoice.SAVE);

        draft.load(OutboundSamples.delegation(8L));

        assertThat(service.load(ID)).hasValueSatisfying(saved -> assertThat(saved.plan().legs()).hasSize(2));
        assertThat(model.outboundProperty().get()).isFalse();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Đoàn công tác trong nước.");
    }

    @Test
    void makingTheDelegationDomesticDeletesTheStoredPlanOnceAsked() {
        typeTrip(model);
        model.save();

        dialogs.answer(false);
        model.setOutbound(false);
        assertThat(model.outboundProperty().get()).isTrue();
        assertThat(service.load(ID)).isPresent();

        dialogs.answer(true);
        model.setOutbound(false);
        assertThat(model.outboundProperty().get()).isFalse();
        assertThat(model.stops()).isEmpty();
        assertThat(service.load(ID)).isEmpty();
        assertThat(dialogs.confirmedActions()).contains("Xóa kế hoạch đi nước ngoài");
    }

    private AbroadRows.EstimateRow line(AbroadViewModel target, String contentStart) {
        return target.lines().stream().filter(l -> l.content().startsWith(contentStart)).findFirst().orElseThrow();
    }

    @Test
    void typingAFarePricesTheAirfareLineInDongAndMovesTheTotal() {
        typeTrip(model);
        AbroadRows.EstimateRow before = line(model, "Vé máy bay");
        assertThat(before.content()).endsWith("(hạng phổ thông)");
        assertThat(before.dong()).isEqualTo("Chưa có giá vé hạng phổ thông: nhập theo báo giá");
        String totalBefore = model.totalProperty().get();
        model.save();
        assertThat(model.dirtyProperty().get()).isFalse();

        model.inputs().fare(FlightClass.ECONOMY).amount.set("450");

        // 5 members × 450 USD = 2.250 USD × 25.345,5 = 57.027.375 đ; a blank currency is the rate's.
        AbroadRows.EstimateRow after = line(model, "Vé máy bay");
        assertThat(after.foreign()).isEqualTo("2.250 USD");
        assertThat(after.dong()).isEqualTo("57.027.375 đ");
        assertThat(model.totalProperty().get()).isNotEqualTo(totalBefore);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.problems()).isEmpty();

        model.inputs().flightClassProperty(delegation.members().get(0).id()).set(FlightClass.BUSINESS);
        model.inputs().fare(FlightClass.BUSINESS).amount.set("2.000");
        assertThat(model.lines()).filteredOn(l -> l.content().startsWith("Vé máy bay"))
                .extracting(l -> l.content().replaceAll(".*\\(", "(") + " " + l.foreign())
                .containsExactlyInAnyOrder("(hạng phổ thông) 1.800 USD", "(hạng thương gia) 2.000 USD");
    }

    @Test
    void anUnreadableAmountOrCurrencyIsNamedWithItsFieldAndBlocksTheSave() {
        typeTrip(model);
        model.inputs().fare(FlightClass.ECONOMY).amount.set("12,3,4");
        model.inputs().visaFee().amount.set("80");
        model.inputs().visaFee().currency.set("ĐÔ");

        model.save();

        assertThat(model.problems()).containsExactly(
                "Giá vé hạng phổ thông – Số tiền: «12,3,4» không phải số (ví dụ 1.200,5: dấu chấm giữa các nhóm ba chữ số, "
                        + "dấu phẩy trước phần thập phân)",
                "Lệ phí thị thực (một người) – Tiền tệ: «ĐÔ» không phải mã tiền tệ ISO 4217 (ví dụ USD, EUR, JPY, VND)");
        assertThat(model.statusProperty().get()).startsWith("Chưa lưu: còn 2 lỗi");
        assertThat(line(model, "Vé máy bay").dong()).isEqualTo("Chưa có giá vé hạng phổ thông: nhập theo báo giá");
        assertThat(service.load(ID)).isEmpty();

        model.inputs().fare(FlightClass.ECONOMY).amount.set("");
        model.inputs().visaFee().currency.set("vnd");
        assertThat(model.problems()).isEmpty();
        assertThat(line(model, "Lệ phí thị thực").dong()).isEqualTo("400 đ");
    }

    @Test
    void aLineOfChiPhiKhacIsAddedPricedCheckedByRowAndReadBack() {
        typeTrip(model);
        AbroadInputsViewModel inputs = model.inputs();
        inputs.addOtherCost();
        AbroadRows.OtherCostRow baggage = inputs.otherCosts().get(0);
        baggage.content.set("Cước hành lý quá cước (ấn phẩm)");
        baggage.unit.set("kiện");
        baggage.quantity.set("2");
        baggage.amount.set("35,5");

        // 2 × 35,5 USD = 71 USD × 25.345,5 = 1.799.530,5 → 1.799.531 đ (half up, once for the line).
        AbroadRows.EstimateRow line = line(model, "Cước hành lý");
        assertThat(line.foreign()).isEqualTo("71 USD");
        assertThat(line.dong()).isEqualTo("1.799.531 đ");
        assertThat(model.problems()).isEmpty();

        inputs.addOtherCost();
        AbroadRows.OtherCostRow blank = inputs.otherCosts().get(1);
        blank.times.set("hai");
        assertThat(model.problems()).containsExactly("Chi phí khác dòng 2 – Số ngày/lần: «hai» không phải số nguyên");
        blank.times.set("0");
        assertThat(model.problems()).containsExactly("Chi phí khác dòng 2 – Nội dung: chưa nhập",
                "Chi phí khác dòng 2 – Số ngày/lần: 0 không hợp lệ, phải là số nguyên từ 1 đến 100.000");
        model.save();
        assertThat(service.load(ID)).as("nothing stored while a line is wrong").isEmpty();

        inputs.removeOtherCost(blank);
        model.save();
        assertThat(service.load(ID).orElseThrow().inputs().otherCosts()).extracting(c -> c.content() + " " + c.price())
                .containsExactly("Cước hành lý quá cước (ấn phẩm) Price[amount=35.5, currency=USD]");
        AbroadRows.OtherCostRow shown = opened().inputs().otherCosts().get(0);
        assertThat(List.of(shown.content.get(), shown.unit.get(), shown.quantity.get(), shown.times.get(), shown.amount.get(),
                shown.currency.get())).containsExactly("Cước hành lý quá cước (ấn phẩm)", "kiện", "2", "1", "35,5", "USD");
    }

    @Test
    void aQuantityTypedOverAComputedLineMovesItsAmountIsMarkedSavedAndUndoneByClearing() {
        typeTrip(model);
        model.inputs().insurance().amount.set("30");
        AbroadRows.EstimateRow insurance = line(model, "Bảo hiểm");
        assertThat(List.of(insurance.quantity(), insurance.unit(), insurance.times(), insurance.dong()))
                .containsExactly("5", "người", "1", "3.801.825 đ");

        model.inputs().setQuantity(insurance.key(), "4");

        // 4 × 30 USD = 120 USD × 25.345,5 = 3.041.460 đ.
        assertThat(line(model, "Bảo hiểm")).extracting(AbroadRows.EstimateRow::quantity, AbroadRows.EstimateRow::dong,
                AbroadRows.EstimateRow::quantityEdited, AbroadRows.EstimateRow::timesEdited)
                .containsExactly("4", "3.041.460 đ", true, false);
        assertThat(line(model, "Vé máy bay").edited()).isFalse();

        model.inputs().setTimes(insurance.key(), "một");
        assertThat(model.problems()).containsExactly(
                "Dòng dự toán «Bảo hiểm y tế, bảo hiểm du lịch quốc tế» – Số ngày/lần: «một» không phải số nguyên");
        model.inputs().setTimes(insurance.key(), "");
        assertThat(model.problems()).isEmpty();

        model.save();
        assertThat(service.load(ID).orElseThrow().inputs().overrides()).containsExactly(
                Map.entry("other.insurance", new LineOverride(4L, null)));
        AbroadViewModel reopened = opened();
        assertThat(line(reopened, "Bảo hiểm")).extracting(AbroadRows.EstimateRow::quantity, AbroadRows.EstimateRow::edited)
                .containsExactly("4", true);

        reopened.inputs().clearOverrides();
        assertThat(line(reopened, "Bảo hiểm")).extracting(AbroadRows.EstimateRow::quantity, AbroadRows.EstimateRow::edited)
                .containsExactly("5", false);
        assertThat(reopened.dirtyProperty().get()).isTrue();
    }

    @Test
    void theInputsAreSavedWithThePlanAndReadBackExactly() {
        typeTrip(model);
        AbroadInputsViewModel inputs = model.inputs();
        inputs.fare(FlightClass.ECONOMY).amount.set("1.200,50");
        inputs.fare(FlightClass.ECONOMY).currency.set("USD");
        inputs.fare(FlightClass.BUSINESS).amount.set("3.000");
        inputs.insurance().amount.set("1.500.000");
        inputs.insurance().currency.set("VND");
        inputs.interpreterPerDay().amount.set("150,75");
        String binh = delegation.members().get(1).id();
        inputs.flightClassProperty(binh).set(FlightClass.BUSINESS);

        model.save();

        assertThat(model.statusProperty().get()).isEqualTo("Đã lưu kế hoạch đi nước ngoài.");
        AbroadInputs stored = service.load(ID).orElseThrow().inputs();
        assertThat(stored.fares().get(FlightClass.ECONOMY)).isEqualTo(Price.of("1200.50", "USD"));
        assertThat(stored.fares().get(FlightClass.ECONOMY).amount().scale()).isEqualTo(2);
        assertThat(stored.fares().get(FlightClass.BUSINESS)).isEqualTo(Price.of("3000", "USD"));
        assertThat(stored.insurance()).isEqualTo(Price.of("1500000", "VND"));
        assertThat(stored.interpreterPerDay()).isEqualTo(Price.of("150.75", "USD"));
        assertThat(stored.visaFee()).isNull();
        assertThat(stored.flightClass(binh)).isEqualTo(FlightClass.BUSINESS);
        assertThat(stored.flightClass(delegation.members().get(0).id())).isEqualTo(FlightClass.ECONOMY);

        AbroadViewModel reopened = opened();
        AbroadInputsViewModel shown = reopened.inputs();
        assertThat(shown.prices()).extracting(e -> e.id() + " " + e.amount.get() + " " + e.currency.get()).containsExactly(
                "fare-economy 1.200,50 USD", "fare-premium-economy  ", "fare-business 3.000 USD", "visa  ",
                "insurance 1.500.000 VND", "transfer  ", "gifts  ", "interpreter 150,75 USD");
        assertThat(shown.flightClassProperty(binh).get()).isEqualTo(FlightClass.BUSINESS);
        assertThat(reopened.dirtyProperty().get()).isFalse();
        // 4 members × 1.200,50 USD = 4.802 USD × 25.345,5 = 121.709.091 đ.
        assertThat(line(reopened, "Vé máy bay").foreign()).isEqualTo("4.802 USD");
        assertThat(reopened.lines()).anySatisfy(l -> assertThat(l.dong()).isEqualTo("121.709.091 đ"));

        reopened.save();
        assertThat(service.load(ID).orElseThrow().inputs()).isEqualTo(stored);
        assertThat(stored.fares().get(FlightClass.ECONOMY).amount()).isEqualTo(new BigDecimal("1200.50"));
    }
}
