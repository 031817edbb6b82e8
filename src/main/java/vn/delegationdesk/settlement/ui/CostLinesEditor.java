package vn.delegationdesk.settlement.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.AttendanceCap;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementReview;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;

/**
 * "Chi phí thực tế": the costs actually paid, each with its vouchers, added, removed and typed one field at a time. For
 * a cost answering a conference's refreshment or meal-support line it says what the registration desk counted and the
 * amount those counts allow ({@link #attendanceProperty()}), which "Dùng số điểm danh" puts in the cost
 * ({@link #useAttendance()}); without check-ins it says the invoice is paid as it is.
 */
public final class CostLinesEditor {
    private final SettlementEdits edits;
    private final ObservableValue<SettlementReview> preview;
    private final IntegerProperty selectedLine = new SimpleIntegerProperty(this, "selectedLine", -1);
    private final IntegerProperty selectedVoucher = new SimpleIntegerProperty(this, "selectedVoucher", -1);
    private final ReadOnlyStringWrapper attendance = new ReadOnlyStringWrapper(this, "attendance", "");
    private final ReadOnlyBooleanWrapper attendanceUsable = new ReadOnlyBooleanWrapper(this, "attendanceUsable", false);

    CostLinesEditor(SettlementEdits edits, ObservableValue<SettlementReview> preview) {
        this.edits = edits;
        this.preview = preview;
        InvalidationListener update = o -> showAttendance();
        selectedLine.addListener(update);
        preview.addListener(update);
    }

    /**
     * What the desk's attendance says about the selected cost: "Theo điểm danh: 174 đại biểu đã đến (32 không hưởng
     * lương NSNN). Được thanh toán tối đa …", that the conference has no check-in, or empty for any other cost.
     */
    public ReadOnlyStringProperty attendanceProperty() {
        return attendance.getReadOnlyProperty();
    }

    /** Whether the selected cost can take the amount the attendance allows. */
    public ReadOnlyBooleanProperty attendanceUsableProperty() {
        return attendanceUsable.getReadOnlyProperty();
    }

    /** The attendance's cap of the cost at {@code index}, when it answers a conference's refreshments or meals. */
    public Optional<AttendanceCap> attendanceCap(int index) {
        SettlementReview review = preview.getValue();
        return review == null ? Optional.empty()
                : line(index).filter(l -> !l.free()).flatMap(l -> review.attendance().of(l.estimateKey()));
    }

    /** "Dùng số điểm danh": the selected cost becomes what the attendance allows. */
    public void useAttendance() {
        int index = selectedLine.get();
        Optional<Long> limit = attendanceCap(index).flatMap(AttendanceCap::limit);
        if (limit.isPresent() && edits.editable() != null) {
            changeLine(index, l -> new ActualLine(l.estimateKey(), l.content(), l.kind(), l.memberIds(), l.stop(), l.nights(),
                    l.flightClass(), l.entitledFare(), limit.get(), l.vouchers()));
            edits.notice.set(edits.messages().get("ui.settlement.attendance.used", index + 1, limit.get()));
        }
    }

    private void showAttendance() {
        Optional<AttendanceCap> cap = attendanceCap(selectedLine.get());
        attendanceUsable.set(cap.flatMap(AttendanceCap::limit).isPresent());
        attendance.set(cap.map(this::describe).orElse(""));
    }

    private String describe(AttendanceCap cap) {
        var messages = edits.messages();
        if (cap.count().isEmpty()) {
            return messages.get("ui.settlement.attendance.none", cap.conferenceTitle());
        }
        String counted = messages.get("ui.settlement.attendance.counted", cap.count().get().attended(),
                cap.count().get().offPayroll());
        String allowed = cap.limit().map(limit -> messages.get(cap.meals() ? "ui.settlement.attendance.meals"
                : "ui.settlement.attendance.refreshment", cap.people(), cap.unitPrice(), cap.times(), limit))
                .orElseGet(() -> messages.get("ui.settlement.attendance.noPrice"));
        return counted + " " + allowed;
    }

    public IntegerProperty selectedLineProperty() {
        return selectedLine;
    }

    public IntegerProperty selectedVoucherProperty() {
        return selectedVoucher;
    }

    public Optional<ActualLine> line(int index) {
        Settlement s = edits.settlement();
        return s == null || index < 0 || index >= s.lines().size() ? Optional.empty() : Optional.of(s.lines().get(index));
    }

    public Optional<Voucher> voucher(int index) {
        return line(selectedLine.get()).filter(l -> index >= 0 && index < l.vouchers().size()).map(l -> l.vouchers().get(index));
    }

    /** The selected voucher of the selected line. */
    public Optional<Voucher> selectedVoucher() {
        return voucher(selectedVoucher.get());
    }

    /** "Thêm": a cost of {@code kind}, selected. */
    public void addLine(ExpenseKind kind) {
        Settlement s = edits.editable();
        if (s == null) {
            return;
        }
        List<ActualLine> all = new ArrayList<>(s.lines());
        String content = edits.messages().get("ui.settlement.line.new");
        all.add(new ActualLine("", content, kind, List.of(), "", kind == ExpenseKind.ROOM ? 1 : 0,
                kind == ExpenseKind.TICKET ? FlightClass.ECONOMY : null, null, 0, List.of()));
        edits.change(new Settlement(s.settlementDate(), s.advances(), s.outcomes(), all));
        selectedLine.set(all.size() - 1);
    }

    public void removeLine(int index) {
        Settlement s = edits.editable();
        if (s == null || index < 0 || index >= s.lines().size()) {
            return;
        }
        List<ActualLine> all = new ArrayList<>(s.lines());
        all.remove(index);
        edits.change(new Settlement(s.settlementDate(), s.advances(), s.outcomes(), all));
        selectedLine.set(Math.min(index, all.size() - 1));
    }

    public void setLineKind(int index, ExpenseKind kind) {
        changeLine(index, l -> new ActualLine(l.estimateKey(), l.content(), kind, kind == ExpenseKind.DIRECT ? List.of() : l.memberIds(),
                kind == ExpenseKind.ROOM ? l.stop() : "", kind == ExpenseKind.ROOM ? Math.max(1, l.nights()) : 0,
                kind == ExpenseKind.TICKET ? (l.flightClass() == null ? FlightClass.ECONOMY : l.flightClass()) : null,
                kind == ExpenseKind.TICKET ? l.entitledFare() : null, l.cost(), l.vouchers()));
    }

    public void setLineContent(int index, String content) {
        changeLine(index, l -> new ActualLine(l.estimateKey(), content, l.kind(), l.memberIds(), l.stop(), l.nights(), l.flightClass(),
                l.entitledFare(), l.cost(), l.vouchers()));
    }

    /** The estimate line the cost answers, or "" for none. */
    public void setLineEstimate(int index, String key) {
        changeLine(index, l -> new ActualLine(key, l.content(), l.kind(), l.memberIds(), l.stop(), l.nights(), l.flightClass(),
                l.entitledFare(), l.cost(), l.vouchers()));
    }

    /** Whom the cost is for (blank ids dropped): a ticket's traveller, a room's one or two occupants. */
    public void setLineMembers(int index, List<String> memberIds) {
        changeLine(index, l -> new ActualLine(l.estimateKey(), l.content(), l.kind(), memberIds, l.stop(), l.nights(), l.flightClass(),
                l.entitledFare(), l.cost(), l.vouchers()));
    }

    public void setLineStop(int index, String stop) {
        changeLine(index, l -> new ActualLine(l.estimateKey(), l.content(), l.kind(), l.memberIds(), stop, l.nights(), l.flightClass(),
                l.entitledFare(), l.cost(), l.vouchers()));
    }

    public String setLineNights(int index, String typed) {
        OptionalLong nights = VietnameseNumbers.parseWhole(typed);
        if (nights.isEmpty() || nights.getAsLong() > 366) {
            return edits.refuse("ui.settlement.error.nights", Phrase.of("settlement.field.lineNights", index + 1), typed);
        }
        changeLine(index, l -> new ActualLine(l.estimateKey(), l.content(), l.kind(), l.memberIds(), l.stop(), (int) nights.getAsLong(),
                l.flightClass(), l.entitledFare(), l.cost(), l.vouchers()));
        return null;
    }

    public void setLineClass(int index, FlightClass flown) {
        changeLine(index, l -> l.kind() != ExpenseKind.TICKET || flown == null ? l : new ActualLine(l.estimateKey(), l.content(),
                l.kind(), l.memberIds(), l.stop(), l.nights(), flown, l.entitledFare(), l.cost(), l.vouchers()));
    }

    /** The entitled class's fare; empty text for not known. */
    public String setLineFare(int index, String typed) {
        Long fare = null;
        if (typed != null && !typed.isBlank()) {
            OptionalLong parsed = VietnameseNumbers.parseWhole(typed);
            if (parsed.isEmpty()) {
                return edits.refuse("ui.settlement.error.money", Phrase.of("settlement.field.lineFare", index + 1), typed);
            }
            fare = parsed.getAsLong();
        }
        Long taken = fare;
        changeLine(index, l -> new ActualLine(l.estimateKey(), l.content(), l.kind(), l.memberIds(), l.stop(), l.nights(), l.flightClass(),
                taken, l.cost(), l.vouchers()));
        return null;
    }

    public String setLineCost(int index, String typed) {
        OptionalLong cost = VietnameseNumbers.parseWhole(typed);
        if (cost.isEmpty()) {
            return edits.refuse("ui.settlement.error.money", Phrase.of("settlement.field.lineCost", index + 1), typed);
        }
        changeLine(index, l -> new ActualLine(l.estimateKey(), l.content(), l.kind(), l.memberIds(), l.stop(), l.nights(), l.flightClass(),
                l.entitledFare(), cost.getAsLong(), l.vouchers()));
        return null;
    }

    /**
     * "Thêm chứng từ" to the selected line: a voucher of the kind its cost usually has, dated the settlement day, for the
     * line's cost less what its vouchers hold already; selected.
     */
    public void addVoucher() {
        int index = selectedLine.get();
        Optional<ActualLine> line = line(index);
        Settlement s = edits.editable();
        if (line.isEmpty() || s == null) {
            return;
        }
        VoucherKind kind = switch (line.get().kind()) {
            case TICKET -> VoucherKind.TICKET;
            case ROOM -> VoucherKind.INVOICE;
            case VEHICLE, DIRECT -> VoucherKind.RECEIPT;
        };
        long held = line.get().vouchers().stream().mapToLong(Voucher::amount).sum();
        Voucher voucher = new Voucher(kind, "", s.settlementDate(), "", Math.max(0, line.get().cost() - held));
        changeVouchers(index, all -> {
            all.add(voucher);
            return all;
        });
        selectedVoucher.set(line.get().vouchers().size());
    }

    public void removeVoucher(int voucherIndex) {
        if (voucher(voucherIndex).isPresent()) {
            changeVouchers(selectedLine.get(), all -> {
                all.remove(voucherIndex);
                return all;
            });
            selectedVoucher.set(Math.min(voucherIndex, line(selectedLine.get()).map(l -> l.vouchers().size()).orElse(0) - 1));
        }
    }

    public void setVoucherKind(int voucherIndex, VoucherKind kind) {
        if (kind != null) {
            changeVoucher(voucherIndex, v -> new Voucher(kind, v.number(), v.date(), v.supplier(), v.amount()));
        }
    }

    public void setVoucherNumber(int voucherIndex, String number) {
        changeVoucher(voucherIndex, v -> new Voucher(v.kind(), number, v.date(), v.supplier(), v.amount()));
    }

    public String setVoucherDate(int voucherIndex, String typed) {
        Optional<LocalDate> date = VietnameseDateParser.parse(typed == null ? "" : typed.strip());
        if (date.isEmpty()) {
            return edits.refuse("ui.settlement.error.date",
                    Phrase.of("settlement.field.voucherDate", selectedLine.get() + 1, voucherIndex + 1), typed);
        }
        changeVoucher(voucherIndex, v -> new Voucher(v.kind(), v.number(), date.get(), v.supplier(), v.amount()));
        return null;
    }

    public void setVoucherSupplier(int voucherIndex, String supplier) {
        changeVoucher(voucherIndex, v -> new Voucher(v.kind(), v.number(), v.date(), supplier, v.amount()));
    }

    public String setVoucherAmount(int voucherIndex, String typed) {
        OptionalLong amount = VietnameseNumbers.parseWhole(typed);
        if (amount.isEmpty()) {
            return edits.refuse("ui.settlement.error.money",
                    Phrase.of("settlement.field.voucherAmount", selectedLine.get() + 1, voucherIndex + 1), typed);
        }
        changeVoucher(voucherIndex, v -> new Voucher(v.kind(), v.number(), v.date(), v.supplier(), amount.getAsLong()));
        return null;
    }

    private void changeLine(int index, UnaryOperator<ActualLine> edit) {
        Settlement s = edits.editable();
        if (s == null || index < 0 || index >= s.lines().size()) {
            return;
        }
        List<ActualLine> all = new ArrayList<>(s.lines());
        all.set(index, edit.apply(all.get(index)));
        edits.change(new Settlement(s.settlementDate(), s.advances(), s.outcomes(), all));
    }

    private void changeVouchers(int lineIndex, UnaryOperator<List<Voucher>> edit) {
        changeLine(lineIndex, l -> new ActualLine(l.estimateKey(), l.content(), l.kind(), l.memberIds(), l.stop(), l.nights(),
                l.flightClass(), l.entitledFare(), l.cost(), edit.apply(new ArrayList<>(l.vouchers()))));
    }

    private void changeVoucher(int voucherIndex, UnaryOperator<Voucher> edit) {
        if (voucher(voucherIndex).isEmpty()) {
            return;
        }
        changeVouchers(selectedLine.get(), all -> {
            all.set(voucherIndex, edit.apply(all.get(voucherIndex)));
            return all;
        });
    }
}
