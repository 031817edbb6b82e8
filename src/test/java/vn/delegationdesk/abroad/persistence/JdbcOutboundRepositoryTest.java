package vn.delegationdesk.abroad.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.AbroadLimits;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.FlightLeg;
import vn.delegationdesk.abroad.LineOverride;
import vn.delegationdesk.abroad.OtherCost;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.OutboundSamples;
import vn.delegationdesk.abroad.Price;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * An outbound plan kept on both stores: read back equal (local times with their zones, the exchange rate 25345.5 exact,
 * the typed prices with their scale), replaced whole, untouched by a save the store or the validator refuses, and gone
 * with its delegation.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcOutboundRepositoryTest {
    @RegisterExtension
    final TestStores stores;

    JdbcOutboundRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void aSavedPlanIsReadBackEqualAfterARestart() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(OutboundSamples.delegation());
        JdbcOutboundRepository plans = new JdbcOutboundRepository(store);
        assertThat(plans.find(id)).as("a domestic delegation").isEmpty();
        OutboundPlan plan = OutboundSamples.plan(id);

        plans.save(plan, OutboundSamples.inputs());
        store.close();

        SavedOutbound read = new JdbcOutboundRepository(stores.open()).find(id).orElseThrow();
        assertThat(read.plan()).isEqualTo(plan);
        assertThat(read.inputs()).isEqualTo(OutboundSamples.inputs());
        assertThat(read.plan().exchangeRate().vndPerUnit()).isEqualTo(new BigDecimal("25345.5"));
        assertThat(read.plan().exchangeRate().vndPerUnit().toPlainString()).isEqualTo("25345.5");
        FlightLeg out = read.plan().legs().get(0);
        assertThat(out.departureLocal()).isEqualTo(LocalDateTime.of(2026, 4, 5, 23, 50));
        assertThat(out.fromZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(out.arrivalLocal()).isEqualTo(LocalDateTime.of(2026, 4, 6, 6, 30));
        assertThat(out.toZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(out.departure()).isEqualTo(Instant.parse("2026-04-05T16:50:00Z"));
        assertThat(out.arrival()).isEqualTo(Instant.parse("2026-04-05T21:30:00Z"));
        assertThat(read.plan().stops()).extracting(CountryStop::label).containsExactly("Seoul, Hàn Quốc");
        assertThat(read.plan().passport("d").orElseThrow().type().label()).isEqualTo("hộ chiếu phổ thông");
        assertThat(read.inputs().fares().get(FlightClass.BUSINESS).amount().toString()).isEqualTo("1200.50");
        assertThat(read.inputs().flightClass("a")).isEqualTo(FlightClass.BUSINESS);
        assertThat(read.inputs().flightClass("b")).isEqualTo(FlightClass.ECONOMY);
        assertThat(read.inputs().airportTransfer()).as("not typed yet").isNull();
    }

    @Test
    void theLinesTheUserAddedAreKeptInOrderWithTheirExactPrices() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(OutboundSamples.delegation());
        JdbcOutboundRepository plans = new JdbcOutboundRepository(store);
        AbroadInputs inputs = OutboundSamples.inputs().withOtherCosts(List.of(
                new OtherCost("Cước hành lý quá cước", "kiện", 2, 1, Price.of("35.50", "USD"), "Báo giá hãng bay"),
                new OtherCost("Lệ phí sân bay", "người", 5, 1, null, ""))).withOverrides(Map.of(
                "other.insurance", new LineOverride(4L, null), "other.interpreter", new LineOverride(null, 2L)));
        plans.save(OutboundSamples.plan(id), inputs);

        AbroadInputs read = new JdbcOutboundRepository(store).find(id).orElseThrow().inputs();
        assertThat(read).isEqualTo(inputs);
        assertThat(read.otherCosts().get(0).price().amount().toPlainString()).isEqualTo("35.50");
        assertThat(read.otherCosts().get(1).price()).isNull();
    }

    @Test
    void aSaveReplacesThePlanWholeAndAPlanWithoutRateOrInputsIsKeptSo() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(OutboundSamples.delegation());
        JdbcOutboundRepository plans = new JdbcOutboundRepository(store);
        plans.save(OutboundSamples.plan(id), OutboundSamples.inputs());
        OutboundPlan plan = OutboundSamples.plan(id);
        OutboundPlan shorter = new OutboundPlan(id, plan.stops(), plan.legs(), plan.passports().subList(0, 2), "", null);

        plans.save(shorter, AbroadInputs.none());

        SavedOutbound read = plans.find(id).orElseThrow();
        assertThat(read.plan()).isEqualTo(shorter);
        assertThat(read.plan().passports()).extracting(p -> p.number()).containsExactly("C1234567", "C2345678");
        assertThat(read.plan().exchangeRate()).isNull();
        assertThat(read.plan().foreignRateSetId()).isEmpty();
        assertThat(read.inputs()).isEqualTo(AbroadInputs.none());
        assertThat(count(store, "outbound_passport", id)).isEqualTo(2);
    }

    @Test
    void aSaveTheStoreRefusesLeavesThePreviousPlanIntact() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(OutboundSamples.delegation());
        JdbcOutboundRepository plans = new JdbcOutboundRepository(store);
        OutboundPlan kept = OutboundSamples.plan(id);
        plans.save(kept, OutboundSamples.inputs());
        CountryStop seoul = kept.stops().get(0);
        String city = "Seoul ".repeat(40).substring(0, AbroadLimits.CITY.maxLength() + 1);
        OutboundPlan tooLong = new OutboundPlan(id, List.of(new CountryStop("KR", "Hàn Quốc", city, seoul.zone(),
                seoul.arrivalDate(), seoul.departureDate())), kept.legs(), kept.passports(), kept.foreignRateSetId(),
                kept.exchangeRate());

        assertThatThrownBy(() -> plans.save(tooLong, AbroadInputs.none())).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.userMessage(new Messages())).startsWith("Có nội dung dài quá giới hạn lưu trữ"));

        assertThat(plans.find(id)).contains(new SavedOutbound(kept, OutboundSamples.inputs()));
    }

    @Test
    void aPlanLandingBeforeItTakesOffIsRefusedByTheServiceAndNothingIsStored() {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long id = delegations.insert(OutboundSamples.delegation());
        JdbcForeignRateSetRepository rateSets = new JdbcForeignRateSetRepository(store);
        rateSets.save(OutboundSamples.testRates());
        JdbcOutboundRepository plans = new JdbcOutboundRepository(store);
        AbroadService service = new AbroadService(plans, rateSets, delegations::findById, RoleGate.everyRole(() -> "lan"));
        OutboundPlan plan = OutboundSamples.plan(id);
        FlightLeg back = plan.legs().get(1);
        OutboundPlan landsBeforeTakeOff = OutboundSamples.withLegs(plan, List.of(plan.legs().get(0), new FlightLeg("VN417",
                "Incheon", back.fromZone(), LocalDateTime.of(2026, 4, 9, 18, 0), "Hà Nội", back.toZone(),
                LocalDateTime.of(2026, 4, 9, 15, 0))));

        assertThatThrownBy(() -> service.save(landsBeforeTakeOff, OutboundSamples.inputs()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(new Messages()::describe)
                        .contains("legs[1].arrivalLocal: Chặng bay 2 (VN417 Incheon – Hà Nội) – Giờ đến: trước giờ đi (đến"
                                + " 09/04/2026 15:00 giờ Asia/Ho_Chi_Minh, đi 09/04/2026 18:00 giờ Asia/Seoul)"));
        assertThat(service.load(id)).isEmpty();
        assertThat(count(store, "outbound_flight", id)).isZero();

        service.save(plan, OutboundSamples.inputs());
        assertThatThrownBy(() -> service.save(landsBeforeTakeOff, AbroadInputs.none())).isInstanceOf(ValidationException.class);
        assertThat(service.load(id)).as("the plan kept before").contains(new SavedOutbound(plan, OutboundSamples.inputs()));
        assertThat(service.estimate(OutboundSamples.delegation(id)).orElseThrow().line("perDiem.KR").orElseThrow().amountVnd())
                .as("5 members × 5 days (exit 05/04 at 23:50, back 09/04) × 60 USD (test data) × 25.345,5 đ")
                .isEqualTo(38_018_250L);
    }

    @Test
    void deletingTheDelegationDropsItsPlanAndOnlyItsPlan() {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long id = delegations.insert(OutboundSamples.delegation());
        long other = delegations.insert(OutboundSamples.delegation());
        JdbcOutboundRepository plans = new JdbcOutboundRepository(store);
        plans.save(OutboundSamples.plan(id), OutboundSamples.inputs());
        plans.save(OutboundSamples.plan(other), OutboundSamples.inputs());

        assertThat(delegations.delete(id)).isTrue();

        assertThat(plans.find(id)).isEmpty();
        for (String table : List.of("outbound_plan", "outbound_stop", "outbound_flight", "outbound_passport")) {
            assertThat(count(store, table, id)).as(table).isZero();
        }
        assertThat(plans.find(other).orElseThrow().plan().passports()).hasSize(5);
        assertThat(plans.delete(other)).isTrue();
        assertThat(plans.find(other)).as("the delegation is domestic again").isEmpty();
        assertThat(delegations.findById(other)).isPresent();
    }

    private static int count(Store store, String table, long delegationId) {
        return store.inSnapshot(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE delegation_id = ?")) {
                s.setLong(1, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
