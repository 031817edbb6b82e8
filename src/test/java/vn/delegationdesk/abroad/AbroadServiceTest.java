package vn.delegationdesk.abroad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The service of delegations abroad over the memory stores: a plan saved and loaded whole, refused whole with every
 * problem named in Vietnamese, the estimate from the stored plan, the warnings, the foreign rate sets, and who may
 * write what (an organiser the plan, the finance office the rate sets).
 */
class AbroadServiceTest {
    private static final long ID = 7L;
    private final AtomicReference<User> user = new AtomicReference<>(User.everyRole("lan"));
    private final MemoryOutboundRepository plans = new MemoryOutboundRepository();
    private final MemoryForeignRateSetRepository rateSets = new MemoryForeignRateSetRepository();
    private final Delegation delegation = OutboundSamples.delegation(ID);
    private final AbroadService service = new AbroadService(plans, rateSets,
            id -> id == ID ? Optional.of(delegation) : Optional.empty(), new RoleGate(user::get));
    private final Messages messages = new Messages();

    AbroadServiceTest() {
        rateSets.save(OutboundSamples.testRates());
    }

    @Test
    void aSavedPlanIsLoadedWithItsInputsAndEstimated() {
        assertThat(service.load(ID)).as("domestic until a plan is saved").isEmpty();

        service.save(OutboundSamples.plan(ID), OutboundSamples.inputs());

        SavedOutbound loaded = service.load(ID).orElseThrow();
        assertThat(loaded.plan()).isEqualTo(OutboundSamples.plan(ID));
        assertThat(loaded.plan().exchangeRate().vndPerUnit()).isEqualTo(new BigDecimal("25345.5"));
        assertThat(loaded.inputs()).isEqualTo(OutboundSamples.inputs());
        AbroadEstimate estimate = service.estimate(delegation).orElseThrow();
        assertThat(estimate.rateSet().name()).isEqualTo("Bộ định mức thử (dữ liệu thử)");
        // Leaving Hà Nội on 05/04 at 23:50 and back on 09/04: 5 days; 5 members × 5 days × 60 USD (test data) = 1.500 USD
        // × 25.345,5 = 38.018.250 đ.
        assertThat(estimate.calendar().daysAbroad()).isEqualTo(5);
        assertThat(estimate.line("perDiem.KR").orElseThrow().amountVnd()).isEqualTo(38_018_250L);
        assertThat(service.estimate(delegation.toBuilder().id(8L).build())).as("a domestic delegation").isEmpty();
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryProblemAndTheStoredPlanStays() {
        service.save(OutboundSamples.plan(ID), OutboundSamples.inputs());
        OutboundPlan plan = OutboundSamples.plan(ID);
        OutboundPlan bad = new OutboundPlan(ID, plan.stops(), plan.legs(), plan.passports(), "tt-999",
                new ExchangeRate(Currency.getInstance("USD"), new BigDecimal("-1"), LocalDate.of(2026, 4, 1), "Vietcombank"));

        assertThatThrownBy(() -> service.save(bad, AbroadInputs.none())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(messages::describe).containsExactly(
                        "exchangeRate.vndPerUnit: Tỷ giá – Số đồng cho 1 USD: tỷ giá -1 không hợp lệ, phải lớn hơn 0",
                        "foreignRateSetId: Bộ định mức công tác nước ngoài: không có bộ định mức mã «tt-999»"));

        assertThat(service.load(ID)).contains(new SavedOutbound(plan, OutboundSamples.inputs()));
    }

    @Test
    void aLineAddedWithoutContentOrWithZeroTimesIsRefusedByItsRowAndNothingIsStored() {
        service.save(OutboundSamples.plan(ID), OutboundSamples.inputs());
        AbroadInputs bad = OutboundSamples.inputs().withOtherCosts(List.of(
                new OtherCost("Lệ phí sân bay", "người", 5, 1, Price.of("20", "USD"), ""),
                new OtherCost(" ", "", 1, 0, null, "")));

        assertThatThrownBy(() -> service.save(OutboundSamples.plan(ID), bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(messages::describe).containsExactly(
                        "otherCosts[1].content: Chi phí khác dòng 2 – Nội dung: chưa nhập",
                        "otherCosts[1].times: Chi phí khác dòng 2 – Số ngày/lần: 0 không hợp lệ, phải là số nguyên từ 1 đến 100.000"));

        assertThat(service.load(ID).orElseThrow().inputs()).isEqualTo(OutboundSamples.inputs());
        AbroadInputs good = OutboundSamples.inputs().withOtherCosts(bad.otherCosts().subList(0, 1));
        service.save(OutboundSamples.plan(ID), good);
        assertThat(service.load(ID).orElseThrow().inputs().otherCosts()).extracting(OtherCost::content)
                .containsExactly("Lệ phí sân bay");
    }

    @Test
    void anExchangeRateTooLongForTheStoreIsRefusedNamingTheField() {
        OutboundPlan plan = OutboundSamples.plan(ID);
        OutboundPlan tooLong = plan.withExchangeRate(new ExchangeRate(Currency.getInstance("USD"),
                new BigDecimal("25345." + "5".repeat(60)), LocalDate.of(2026, 4, 1), "Vietcombank"));

        assertThat(service.validate(delegation, tooLong)).extracting(messages::describe).containsExactly(
                "exchangeRate.vndPerUnit: Tỷ giá – Số đồng cho 1 USD: số có quá nhiều chữ số (tối đa 60 ký tự)");
        assertThatThrownBy(() -> service.save(tooLong, AbroadInputs.none())).isInstanceOf(ValidationException.class);
        assertThat(service.load(ID)).isEmpty();
    }

    @Test
    void flightsOutsideTheDelegationsOwnDatesAreWarnedNotRefused() {
        Delegation later = delegation.toBuilder().startDate(LocalDate.of(2026, 4, 6)).endDate(LocalDate.of(2026, 4, 8)).build();

        // Leaving Hà Nội 05/4 at 23:50 and landing back on 09/4: both outside 06/4 – 08/4.
        assertThat(service.warnings(later, OutboundSamples.plan(ID))).extracting(w -> messages.get(w.messageKey(), w.args().toArray()))
                .containsExactly("Chặng bay đi xuất cảnh ngày 05/04/2026, trước ngày khởi hành của đoàn (06/04/2026, thẻ Tổng quan): "
                        + "sửa ngày của đoàn hoặc chặng bay.",
                        "Chặng bay về nhập cảnh ngày 09/04/2026, sau ngày về của đoàn (08/04/2026, thẻ Tổng quan): sửa ngày của "
                                + "đoàn hoặc chặng bay.");
        assertThat(service.validate(later, OutboundSamples.plan(ID))).isEmpty();
    }

    @Test
    void membersWithoutPassportAreWarnedNotRefused() {
        OutboundPlan plan = OutboundSamples.plan(ID);
        OutboundPlan fewer = new OutboundPlan(ID, plan.stops(), plan.legs(), plan.passports().subList(0, 4), "", null);

        service.save(fewer, AbroadInputs.none());

        assertThat(service.warnings(delegation, fewer)).extracting(w -> messages.get(w.messageKey(), w.args().toArray()))
                .containsExactly("Hoàng Văn Giang: chưa có hộ chiếu (số, loại, ngày hết hạn).");
        assertThat(service.load(ID).orElseThrow().plan().passports()).hasSize(4);
    }

    @Test
    void thePlanNeedsAnOrganiserAndTheRateSetsTheFinanceOffice() {
        service.save(OutboundSamples.plan(ID), OutboundSamples.inputs());
        user.set(new User("hoa", EnumSet.of(Role.FINANCE)));

        assertThat(service.whyNotSavePlan()).hasValueSatisfying(why -> assertThat(messages.get(why.key(), why.args().toArray()))
                .isEqualTo("Lưu kế hoạch đi nước ngoài: cần vai trò «Soạn kế hoạch»; tài khoản hoa không có vai trò này"));
        assertThatThrownBy(() -> service.save(OutboundSamples.plan(ID), AbroadInputs.none())).isInstanceOf(RoleRefused.class);
        assertThatThrownBy(() -> service.delete(ID)).isInstanceOf(RoleRefused.class);
        assertThat(service.load(ID).orElseThrow().inputs()).isEqualTo(OutboundSamples.inputs());
        assertThat(service.whyNotSaveRateSet()).isEmpty();
        service.saveRateSet(OutboundSamples.testRatesWithGroup());

        user.set(new User("lan", EnumSet.of(Role.ORGANISER)));
        assertThat(service.whyNotSaveRateSet()).hasValueSatisfying(why -> assertThat(messages.get(why.key(), why.args().toArray()))
                .isEqualTo("Sửa bộ định mức công tác nước ngoài: cần vai trò «Tài chính»; tài khoản lan không có vai trò này"));
        assertThatThrownBy(() -> service.saveRateSet(OutboundSamples.testRates())).isInstanceOf(RoleRefused.class);
        assertThat(service.rateSets()).filteredOn(s -> s.id().equals(OutboundSamples.TEST_SET_ID))
                .singleElement().satisfies(s -> assertThat(s.rates()).hasSize(2));
        assertThat(service.delete(ID)).isTrue();
        assertThat(service.load(ID)).isEmpty();
    }

    @Test
    void aRateSetIsCheckedBeforeItIsStoredAndANewOneGetsAnId() {
        ForeignRateSet tt140 = service.rateSets().stream().filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID))
                .findFirst().orElseThrow();
        List<CountryRate> rates = new ArrayList<>();
        rates.add(CountryRate.country("KR", "Hàn Quốc", Currency.getInstance("USD"), null, null, "", false));
        rates.add(CountryRate.country("KR", "Hàn Quốc", Currency.getInstance("USD"), null, null, "", false));
        rates.add(CountryRate.country("XX", "Nước không có", Currency.getInstance("USD"), null, null, "", false));
        rates.add(new CountryRate("NHOM-2", "Nhóm", List.of("FR", "FR", "ZZ"), Currency.getInstance("EUR"), null, null, "", false));
        ForeignRateSet bad = new ForeignRateSet(tt140.id(), "Thông tư 102/2012/TT-BTC", tt140.documentNumber(),
                tt140.effectiveFrom(), tt140.effectiveFrom().minusDays(1), tt140.notes(), rates);

        assertThatThrownBy(() -> service.saveRateSet(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(messages::describe).containsExactly(
                        "name: Tên bộ định mức: đã có bộ định mức tên «Thông tư 102/2012/TT-BTC»",
                        "effectiveTo: Hết hiệu lực: ngày hết hiệu lực trước ngày có hiệu lực",
                        "rates[1].code: Mức của nước dòng 2 – Mã nước hoặc nhóm nước: mã «KR» đã có ở dòng 1; mỗi nước hoặc nhóm"
                                + " nước chỉ được ghi một lần",
                        "rates[2].code: Mức của nước dòng 3 – Mã nước hoặc nhóm nước: «XX» không phải mã nước theo ISO 3166-1"
                                + " (hai chữ cái, ví dụ KR)",
                        "rates[3].countries: Mức của nước dòng 4 – Các nước trong nhóm: nước «FR» được ghi hai lần",
                        "rates[3].countries: Mức của nước dòng 4 – Các nước trong nhóm: «ZZ» không phải mã nước theo ISO 3166-1"
                                + " (hai chữ cái, ví dụ KR)"));
        assertThat(service.rateSets()).filteredOn(s -> s.id().equals(tt140.id())).singleElement().isEqualTo(tt140);

        ForeignRateSet created = service.saveRateSet(new ForeignRateSet("", "Bộ định mức thử 2 (dữ liệu thử)", "TEST-2",
                LocalDate.of(2026, 2, 14), null, "", List.of()));
        assertThat(created.id()).isNotBlank();
        assertThat(service.rateSets()).extracting(ForeignRateSet::name).contains("Bộ định mức thử 2 (dữ liệu thử)");
    }
}
