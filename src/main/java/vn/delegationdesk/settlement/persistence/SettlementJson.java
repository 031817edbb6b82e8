package vn.delegationdesk.settlement.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementTotals;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;

/**
 * A closing's frozen content as JSON: the settlement whole and the "Cộng" row as computed then. Written by field
 * name, so a closing stays readable when a later version adds fields (a missing field reads as empty or zero).
 */
final class SettlementJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SettlementJson() {
    }

    record Frozen(Settlement settlement, SettlementTotals totals) {
    }

    static String write(Settlement settlement, SettlementTotals totals) {
        ObjectNode root = JSON.createObjectNode();
        root.put("settlementDate", settlement.settlementDate().toString());
        ArrayNode advances = root.putArray("advances");
        for (Advance a : settlement.advances()) {
            advances.addObject().put("memberId", a.memberId()).put("date", a.date().toString())
                    .put("voucherNumber", a.voucherNumber()).put("amount", a.amount());
        }
        ArrayNode outcomes = root.putArray("outcomes");
        for (MemberOutcome o : settlement.outcomes()) {
            ObjectNode node = outcomes.addObject().put("memberId", o.memberId()).put("attendance", o.attendance().name())
                    .put("replacementId", o.replacementId());
            ArrayNode stays = node.putArray("stays");
            o.stays().forEach(s -> stays.addObject().put("place", s.place()).put("from", s.from().toString())
                    .put("to", s.to().toString()));
        }
        ArrayNode lines = root.putArray("lines");
        for (ActualLine l : settlement.lines()) {
            ObjectNode node = lines.addObject().put("estimateKey", l.estimateKey()).put("content", l.content())
                    .put("kind", l.kind().name()).put("stop", l.stop()).put("nights", l.nights())
                    .put("flightClass", l.flightClass() == null ? null : l.flightClass().name())
                    .put("entitledFare", l.entitledFare()).put("cost", l.cost());
            ArrayNode members = node.putArray("memberIds");
            l.memberIds().forEach(members::add);
            ArrayNode vouchers = node.putArray("vouchers");
            l.vouchers().forEach(v -> vouchers.addObject().put("kind", v.kind().name()).put("number", v.number())
                    .put("date", v.date().toString()).put("supplier", v.supplier()).put("amount", v.amount()));
        }
        root.putObject("totals").put("tickets", totals.tickets()).put("vehicles", totals.vehicles())
                .put("perDiem", totals.perDiem()).put("lodging", totals.lodging()).put("total", totals.total())
                .put("advanced", totals.advanced()).put("toReturn", totals.toReturn()).put("toReceive", totals.toReceive());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a settlement could not be written as JSON", e);
        }
    }

    static Frozen read(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored closing is not JSON", e);
        }
        List<Advance> advances = list(root.path("advances"), a -> new Advance(a.path("memberId").asText(),
                date(a, "date"), a.path("voucherNumber").asText(), a.path("amount").asLong()));
        List<MemberOutcome> outcomes = list(root.path("outcomes"), o -> new MemberOutcome(o.path("memberId").asText(),
                Attendance.valueOf(o.path("attendance").asText()), o.path("replacementId").asText(),
                list(o.path("stays"), s -> new CertifiedStay(s.path("place").asText(), date(s, "from"), date(s, "to")))));
        List<ActualLine> lines = list(root.path("lines"), SettlementJson::line);
        JsonNode t = root.path("totals");
        SettlementTotals totals = new SettlementTotals(t.path("tickets").asLong(), t.path("vehicles").asLong(),
                t.path("perDiem").asLong(), t.path("lodging").asLong(), t.path("total").asLong(),
                t.path("advanced").asLong(), t.path("toReturn").asLong(), t.path("toReceive").asLong());
        return new Frozen(new Settlement(date(root, "settlementDate"), advances, outcomes, lines), totals);
    }

    private static ActualLine line(JsonNode l) {
        JsonNode flight = l.path("flightClass");
        JsonNode fare = l.path("entitledFare");
        return new ActualLine(l.path("estimateKey").asText(), l.path("content").asText(),
                ExpenseKind.valueOf(l.path("kind").asText()), list(l.path("memberIds"), JsonNode::asText),
                l.path("stop").asText(), l.path("nights").asInt(),
                flight.isTextual() ? FlightClass.valueOf(flight.asText()) : null, fare.isNumber() ? fare.asLong() : null,
                l.path("cost").asLong(), list(l.path("vouchers"), v -> new Voucher(VoucherKind.valueOf(v.path("kind").asText()),
                        v.path("number").asText(), date(v, "date"), v.path("supplier").asText(), v.path("amount").asLong())));
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(node.path(field).asText());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }
}
