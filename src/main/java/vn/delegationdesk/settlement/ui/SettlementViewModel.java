package vn.delegationdesk.settlement.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementClosing;
import vn.delegationdesk.settlement.SettlementReview;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.settlement.ui.SettlementRows.AdvanceRow;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementRows.ComparisonRow;
import vn.delegationdesk.settlement.ui.SettlementRows.LineRow;
import vn.delegationdesk.settlement.ui.SettlementRows.MemberRow;
import vn.delegationdesk.settlement.ui.SettlementRows.SheetRow;
import vn.delegationdesk.settlement.ui.SettlementRows.StayRow;
import vn.delegationdesk.settlement.ui.SettlementRows.VoucherRow;

/**
 * "Thanh toán sau chuyến đi": the finance clerk's settlement of the open delegation, as a part of the editor's working
 * state ({@link EditorPart}). It is read when the editor opens the delegation ({@link SettlementService#review}), every
 * edit makes the editor unsaved and recomputes the preview ({@link SettlementService#preview}, a few milliseconds, so
 * directly), the editor's Save stores it ({@link SettlementService#save}, which refuses it with the rules' problems
 * named) and "Không lưu" goes back to the stored one. Closing and reopening the books are immediate actions of their
 * own, offered only while nothing is unsaved and to the finance role; while the books are closed nothing is editable.
 *
 * <p>Typed amounts, dates and nights are taken as the user types them ("1.200.000" or "1200000", "14/10/2025"); what
 * cannot be read is refused with a message naming the field and leaves the value as it was. The rows the tables show
 * are built by {@link SettlementShown}.
 */
public final class SettlementViewModel extends ViewModel implements EditorPart {
    private static final DateTimeFormatter CLOSED_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final DelegationDraft draft;
    private final SettlementService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final SettlementShown shown;
    private final ObservableList<SettlementExport.Choice> exports = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<Settlement> working = new ReadOnlyObjectWrapper<>(this, "settlement");
    private Settlement baseline;
    private boolean stored;
    private Delegation opened;
    private long generation;
    private final ReadOnlyObjectWrapper<SettlementReview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<Optional<SettlementClosing>> closing =
            new ReadOnlyObjectWrapper<>(this, "closing", Optional.empty());
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", true);
    private final ReadOnlyStringWrapper books = new ReadOnlyStringWrapper(this, "books", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper closeUnavailable = new ReadOnlyStringWrapper(this, "closeUnavailable", "");
    private final ReadOnlyStringWrapper reopenUnavailable = new ReadOnlyStringWrapper(this, "reopenUnavailable", "");
    private final ReadOnlyStringWrapper exportUnavailable = new ReadOnlyStringWrapper(this, "exportUnavailable", "");
    private final StringProperty selectedMember = new SimpleStringProperty(this, "selectedMember", "");
    private final IntegerProperty selectedAdvance = new SimpleIntegerProperty(this, "selectedAdvance", -1);
    private final IntegerProperty selectedStay = new SimpleIntegerProperty(this, "selectedStay", -1);
    private final IntegerProperty selectedLine = new SimpleIntegerProperty(this, "selectedLine", -1);
    private final IntegerProperty selectedVoucher = new SimpleIntegerProperty(this, "selectedVoucher", -1);

    public SettlementViewModel(DelegationDraft draft, SettlementService service, TaskRunner tasks, DialogService dialogs,
            Messages messages, ZoneId zone) {
        super(tasks);
        this.draft = draft;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
        this.shown = new SettlementShown(messages);
        working.addListener((observable, old, value) -> {
            refreshDirty();
            recompute();
        });
        draft.valueProperty().addListener((observable, old, value) -> recompute());
        selectedMember.addListener((observable, old, value) -> showSelected());
        selectedLine.addListener((observable, old, value) -> showSelected());
        dirty.addListener((observable, old, value) -> refreshActions());
    }

    // ---- the editor's working state --------------------------------------------------------------------

    @Override
    public void open(Delegation delegation) {
        long loading = ++generation;
        ready.set(false);
        opened = delegation;
        baseline = null;
        stored = false;
        notice.set("");
        closing.set(Optional.empty());
        working.set(null);
        selectedMember.set("");
        selectedAdvance.set(-1);
        selectedLine.set(-1);
        refreshDirty();
        refreshActions();
        if (delegation == null || delegation.id() == null) {
            return;
        }
        long id = delegation.id();
        runInBackground(() -> service.review(id), review -> {
            if (loading == generation) {
                review.ifPresent(this::show);
            }
        }, error -> {
            if (loading == generation) {
                notice.set(messages.get("ui.settlement.loadFailed", messages.describeFailure(error, " ")));
            }
        });
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The settlement is the finance office's to change. */
    @Override
    public Role roleToSave() {
        return Role.FINANCE;
    }

    @Override
    public String saveActionKey() {
        return "people.action.saveSettlement";
    }

    @Override
    public PendingSave beginSave() {
        Settlement captured = working.get();
        boolean needed = ready.get() && captured != null && !captured.equals(baseline);
        long saving = generation;
        return new PendingSave() {
            @Override
            public void store(long delegationId) {
                if (needed) {
                    try {
                        service.save(delegationId, captured);
                    } catch (ValidationException e) {
                        // The fields' own sentences, without the paths the rules use internally.
                        throw new LocalizedException("ui.settlement.save.refused",
                                List.of(String.join("\n", e.errors().stream().map(SettlementViewModel.this::describe).toList())),
                                "settlement refused: " + e.errors().size() + " problems", e);
                    }
                }
            }

            @Override
            public void stored() {
                if (needed && saving == generation) {
                    baseline = captured;
                    stored = true;
                    refreshDirty();
                    refreshActions();
                }
            }
        };
    }

    @Override
    public void revert() {
        if (ready.get()) {
            working.set(baseline);
            notice.set("");
        }
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** True once the stored settlement was read. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while nothing may be typed: not read yet, or the books are closed. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The settlement as being edited; null until read. */
    public ReadOnlyObjectProperty<Settlement> settlementProperty() {
        return working.getReadOnlyProperty();
    }

    /** The settlement on screen computed by the rules, with the estimate against actual. */
    public ReadOnlyObjectProperty<SettlementReview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "Sổ đang mở" or "Sổ đã khóa (lần 2) bởi lan lúc 14:05 03/11/2025". */
    public ReadOnlyStringProperty booksProperty() {
        return books.getReadOnlyProperty();
    }

    public boolean booksClosed() {
        return closing.get().isPresent();
    }

    /** The last thing to tell: a refused value, closed books, a written file. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why "Khóa sổ" is greyed, or "" while it works. */
    public ReadOnlyStringProperty closeUnavailableProperty() {
        return closeUnavailable.getReadOnlyProperty();
    }

    /** Why "Mở lại sổ" is greyed, or "" while it works. */
    public ReadOnlyStringProperty reopenUnavailableProperty() {
        return reopenUnavailable.getReadOnlyProperty();
    }

    /** Why the export menu is greyed, or "" while it works. */
    public ReadOnlyStringProperty exportUnavailableProperty() {
        return exportUnavailable.getReadOnlyProperty();
    }

    /** The export menu's items; the composition root adds them ({@link #addExport}). */
    public ObservableList<SettlementExport.Choice> exports() {
        return exports;
    }

    public ObservableList<AdvanceRow> advances() {
        return shown.advances();
    }

    public ObservableList<MemberRow> members() {
        return shown.members();
    }

    /** The certified stays of the selected member. */
    public ObservableList<StayRow> stays() {
        return shown.stays();
    }

    public ObservableList<LineRow> lines() {
        return shown.lines();
    }

    /** The vouchers of the selected line. */
    public ObservableList<VoucherRow> vouchers() {
        return shown.vouchers();
    }

    /** The Bảng kê's rows, the "Cộng" row last. */
    public ObservableList<SheetRow> sheet() {
        return shown.sheet();
    }

    public ReadOnlyStringProperty sheetWordsProperty() {
        return shown.sheetWordsProperty();
    }

    /** What to check before the settlement is signed, and the costs not reimbursed with their rules. */
    public ObservableList<String> warnings() {
        return shown.warnings();
    }

    public ObservableList<String> disallowed() {
        return shown.disallowed();
    }

    /** The rules' problems that stop saving, each naming its field. */
    public ObservableList<String> problems() {
        return shown.problems();
    }

    public ObservableList<ComparisonRow> comparison() {
        return shown.comparison();
    }

    /** "Dự toán 66.600.000 đ · Thực hiện … · Chênh lệch …". */
    public ReadOnlyStringProperty comparisonTotalProperty() {
        return shown.comparisonTotalProperty();
    }

    public ReadOnlyStringProperty comparisonWordsProperty() {
        return shown.comparisonWordsProperty();
    }

    /** "Cả đoàn" and every member of the plan. */
    public ObservableList<Choice> recipientChoices() {
        return shown.recipientChoices();
    }

    /** "Chưa chọn" and every member of the plan. */
    public ObservableList<Choice> memberChoices() {
        return shown.memberChoices();
    }

    /** The trip's places (its legs). */
    public ObservableList<Choice> placeChoices() {
        return shown.placeChoices();
    }

    /** "Không có trong dự toán" and every line of the estimate. */
    public ObservableList<Choice> estimateChoices() {
        return shown.estimateChoices();
    }

    public StringProperty selectedMemberProperty() {
        return selectedMember;
    }

    public IntegerProperty selectedAdvanceProperty() {
        return selectedAdvance;
    }

    public IntegerProperty selectedStayProperty() {
        return selectedStay;
    }

    public IntegerProperty selectedLineProperty() {
        return selectedLine;
    }

    public IntegerProperty selectedVoucherProperty() {
        return selectedVoucher;
    }

    /** The selected member's outcome; "went" without stays when none was entered. */
    public MemberOutcome selectedOutcome() {
        Settlement s = working.get();
        String id = selectedMember.get();
        return s == null ? MemberOutcome.went(id, List.of()) : s.outcome(id).orElse(MemberOutcome.went(id, List.of()));
    }

    public Optional<Advance> advance(int index) {
        Settlement s = working.get();
        return s == null || index < 0 || index >= s.advances().size() ? Optional.empty() : Optional.of(s.advances().get(index));
    }

    public Optional<CertifiedStay> stay(int index) {
        List<CertifiedStay> stays = selectedOutcome().stays();
        return index < 0 || index >= stays.size() ? Optional.empty() : Optional.of(stays.get(index));
    }

    public Optional<ActualLine> line(int index) {
        Settlement s = working.get();
        return s == null || index < 0 || index >= s.lines().size() ? Optional.empty() : Optional.of(s.lines().get(index));
    }

    public Optional<Voucher> voucher(int index) {
        return line(selectedLine.get()).filter(l -> index >= 0 && index < l.vouchers().size()).map(l -> l.vouchers().get(index));
    }

    public String label(Enum<?> value) {
        return shown.label(value);
    }

    // ---- commands: the header ------------------------------------------------------------------------------

    public void setSettlementDate(LocalDate date) {
        Settlement s = working.get();
        if (date != null && s != null && !date.equals(s.settlementDate())) {
            change(new Settlement(date, s.advances(), s.outcomes(), s.lines()));
        }
    }

    /** "Khóa sổ": after asking, freezes the stored settlement; the page turns read-only. */
    public void closeBooks() {
        if (!closeUnavailable.get().isEmpty() || opened == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("ui.settlement.close.title"), messages.get("ui.settlement.close.message"),
                messages.get("ui.settlement.close"))) {
            return;
        }
        long id = opened.id();
        runInBackground(() -> {
            service.close(id);
            return service.review(id).orElseThrow();
        }, review -> {
            show(review);
            notice.set(messages.get("ui.settlement.closed.notice", review.closed().map(SettlementClosing::number).orElse(0)));
        }, error -> dialogs.showError(messages.get("ui.settlement.close.failed"), messages.describeFailure(error, "\n")));
    }

    /** "Mở lại sổ": the closing stays readable, the settlement becomes editable again. */
    public void reopenBooks() {
        if (!reopenUnavailable.get().isEmpty() || opened == null) {
            return;
        }
        long id = opened.id();
        runInBackground(() -> {
            service.reopen(id);
            return service.review(id).orElseThrow();
        }, review -> {
            show(review);
            notice.set(messages.get("ui.settlement.reopened.notice"));
        }, error -> dialogs.showError(messages.get("ui.settlement.reopen.failed"), messages.describeFailure(error, "\n")));
    }

    /** A writer for the export menu (the lead adds the workbook and the request for payment from the composition root). */
    public void addExport(SettlementExport.Choice choice) {
        exports.add(choice);
    }

    /** Asks for the file, then writes the settlement on screen (saved or not) in the background. */
    public void export(SettlementExport.Choice choice) {
        SettlementReview review = preview.get();
        if (review == null || !exportUnavailable.get().isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("ui.settlement.export.choose"), choice.fileName().apply(review),
                choice.filterName(), "*." + choice.extension())
                .flatMap(chosen -> FileTargets.withExtension(chosen, choice.extension(), dialogs, messages));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        runInBackground(() -> {
            choice.writer().write(review, file);
            return file;
        }, written -> notice.set(messages.get("ui.settlement.exported", written.toString())),
                error -> dialogs.showError(messages.get("ui.settlement.export.failed"), messages.describeFailure(error, "\n")));
    }

    // ---- commands: advances --------------------------------------------------------------------------------

    /** "Thêm": an advance to the delegation, dated the trip's first day, selected. */
    public void addAdvance() {
        Settlement s = editable();
        if (s == null) {
            return;
        }
        LocalDate date = plan().firstDate().orElse(s.settlementDate());
        List<Advance> all = new ArrayList<>(s.advances());
        all.add(Advance.toDelegation(date, "", 0));
        change(new Settlement(s.settlementDate(), all, s.outcomes(), s.lines()));
        selectedAdvance.set(all.size() - 1);
    }

    public void removeAdvance(int index) {
        Settlement s = editable();
        if (s == null || index < 0 || index >= s.advances().size()) {
            return;
        }
        List<Advance> all = new ArrayList<>(s.advances());
        all.remove(index);
        change(new Settlement(s.settlementDate(), all, s.outcomes(), s.lines()));
        selectedAdvance.set(Math.min(index, all.size() - 1));
    }

    /** The member paid, or "" for the delegation as a whole. */
    public void setAdvanceRecipient(int index, String memberId) {
        changeAdvance(index, a -> new Advance(memberId, a.date(), a.voucherNumber(), a.amount()));
    }

    public String setAdvanceDate(int index, String typed) {
        Optional<LocalDate> date = VietnameseDateParser.parse(typed == null ? "" : typed.strip());
        if (date.isEmpty()) {
            return refuse("ui.settlement.error.date", Phrase.of("ui.settlement.field.advanceDate", index + 1), typed);
        }
        changeAdvance(index, a -> new Advance(a.memberId(), date.get(), a.voucherNumber(), a.amount()));
        return null;
    }

    public void setAdvanceVoucher(int index, String number) {
        changeAdvance(index, a -> new Advance(a.memberId(), a.date(), number, a.amount()));
    }

    public String setAdvanceAmount(int index, String typed) {
        OptionalLong amount = VietnameseNumbers.parseWhole(typed);
        if (amount.isEmpty()) {
            return refuse("ui.settlement.error.money", Phrase.of("settlement.field.advanceAmount", index + 1), typed);
        }
        changeAdvance(index, a -> new Advance(a.memberId(), a.date(), a.voucherNumber(), amount.getAsLong()));
        return null;
    }

    // ---- commands: members and their stamps ----------------------------------------------------------------

    public void setAttendance(String memberId, Attendance attendance) {
        changeOutcome(memberId, o -> new MemberOutcome(memberId, attendance,
                attendance == Attendance.REPLACED ? o.replacementId() : "", attendance == Attendance.WENT ? o.stays() : List.of()));
    }

    /** The member who went instead of {@code memberId}. */
    public void setReplacement(String memberId, String replacementId) {
        changeOutcome(memberId, o -> new MemberOutcome(memberId, Attendance.REPLACED, replacementId, List.of()));
    }

    /** "Theo lịch trình": the selected member's stays become the plan's legs, place by place. */
    public void staysFromPlan() {
        List<CertifiedStay> stays = new ArrayList<>();
        for (Leg leg : plan().legs()) {
            if (leg.startDate() != null && leg.endDate() != null) {
                stays.add(new CertifiedStay(leg.place(), leg.startDate(), leg.endDate()));
            }
        }
        changeOutcome(selectedMember.get(), o -> MemberOutcome.went(o.memberId(), stays));
    }

    /** A stop for the selected member: the first leg's place and the trip's dates, selected. */
    public void addStay() {
        Delegation d = plan();
        if (d.firstDate().isEmpty()) {
            notice.set(messages.get("ui.settlement.stay.noDates"));
            return;
        }
        String place = d.legs().isEmpty() ? "" : d.legs().get(0).place();
        CertifiedStay stay = new CertifiedStay(place, d.firstDate().get(), d.lastDate().orElse(d.firstDate().get()));
        int before = selectedOutcome().stays().size();
        changeOutcome(selectedMember.get(), o -> {
            List<CertifiedStay> all = new ArrayList<>(o.stays());
            all.add(stay);
            return MemberOutcome.went(o.memberId(), all);
        });
        selectedStay.set(before);
    }

    public void removeStay(int index) {
        changeStays(index, all -> {
            all.remove(index);
            return all;
        });
    }

    public void setStayPlace(int index, String place) {
        changeStay(index, s -> new CertifiedStay(place, s.from(), s.to()));
    }

    public String setStayFrom(int index, String typed) {
        Optional<LocalDate> date = VietnameseDateParser.parse(typed == null ? "" : typed.strip());
        if (date.isEmpty()) {
            return refuse("ui.settlement.error.date", Phrase.of("settlement.field.stayFrom", selectedName(), index + 1), typed);
        }
        changeStay(index, s -> new CertifiedStay(s.place(), date.get(), s.to()));
        return null;
    }

    public String setStayTo(int index, String typed) {
        Optional<LocalDate> date = VietnameseDateParser.parse(typed == null ? "" : typed.strip());
        if (date.isEmpty()) {
            return refuse("ui.settlement.error.date", Phrase.of("settlement.field.stayTo", selectedName(), index + 1), typed);
        }
        changeStay(index, s -> new CertifiedStay(s.place(), s.from(), date.get()));
        return null;
    }

    // ---- commands: actual costs and their vouchers -----------------------------------------------------------

    /** "Thêm": a cost of {@code kind}, selected. */
    public void addLine(ExpenseKind kind) {
        Settlement s = editable();
        if (s == null) {
            return;
        }
        List<ActualLine> all = new ArrayList<>(s.lines());
        all.add(new ActualLine("", messages.get("ui.settlement.line.new"), kind, List.of(), "", kind == ExpenseKind.ROOM ? 1 : 0,
                kind == ExpenseKind.TICKET ? FlightClass.ECONOMY : null, null, 0, List.of()));
        change(new Settlement(s.settlementDate(), s.advances(), s.outcomes(), all));
        selectedLine.set(all.size() - 1);
    }

    public void removeLine(int index) {
        Settlement s = editable();
        if (s == null || index < 0 || index >= s.lines().size()) {
            return;
        }
        List<ActualLine> all = new ArrayList<>(s.lines());
        all.remove(index);
        change(new Settlement(s.settlementDate(), s.advances(), s.outcomes(), all));
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
            return refuse("ui.settlement.error.nights", Phrase.of("settlement.field.lineNights", index + 1), typed);
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
                return refuse("ui.settlement.error.money", Phrase.of("settlement.field.lineFare", index + 1), typed);
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
            return refuse("ui.settlement.error.money", Phrase.of("settlement.field.lineCost", index + 1), typed);
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
        Settlement s = editable();
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
            selectedVoucher.set(Math.min(voucherIndex, vouchers().size() - 1));
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
            return refuse("ui.settlement.error.date", Phrase.of("settlement.field.voucherDate", selectedLine.get() + 1, voucherIndex + 1),
                    typed);
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
            return refuse("ui.settlement.error.money",
                    Phrase.of("settlement.field.voucherAmount", selectedLine.get() + 1, voucherIndex + 1), typed);
        }
        changeVoucher(voucherIndex, v -> new Voucher(v.kind(), v.number(), v.date(), v.supplier(), amount.getAsLong()));
        return null;
    }

    // ---- internals -------------------------------------------------------------------------------------

    private void show(SettlementReview review) {
        baseline = review.settlement();
        stored = review.stored();
        closing.set(review.closed());
        ready.set(true);
        if (review.settlement().equals(working.get())) {
            recompute();
        } else {
            working.set(review.settlement());
        }
        refreshDirty();
        refreshActions();
        if (selectedMember.get().isEmpty() && !plan().members().isEmpty()) {
            selectedMember.set(plan().members().get(0).id());
        }
    }

    /** The plan as being edited (the draft), else as opened. */
    private Delegation plan() {
        Delegation d = draft.get();
        return d != null ? d : opened;
    }

    /** The settlement, when it may be changed now; null (and nothing happens) while it is read-only. */
    private Settlement editable() {
        if (readOnly.get()) {
            if (booksClosed()) {
                notice.set(messages.get("settlement.closed.refused"));
            }
            return null;
        }
        return working.get();
    }

    private void change(Settlement next) {
        if (!next.equals(working.get())) {
            notice.set("");
            working.set(next);
        }
    }

    private String refuse(String key, Phrase field, String typed) {
        String message = messages.get(key, messages.get(field.key(), field.args().toArray()), typed == null ? "" : typed.strip());
        notice.set(message);
        return message;
    }

    private String selectedName() {
        return members().stream().filter(m -> m.memberId().equals(selectedMember.get())).map(MemberRow::name).findFirst()
                .orElse(selectedMember.get());
    }

    private void changeAdvance(int index, UnaryOperator<Advance> edit) {
        Settlement s = editable();
        if (s == null || index < 0 || index >= s.advances().size()) {
            return;
        }
        List<Advance> all = new ArrayList<>(s.advances());
        all.set(index, edit.apply(all.get(index)));
        change(new Settlement(s.settlementDate(), all, s.outcomes(), s.lines()));
    }

    private void changeOutcome(String memberId, UnaryOperator<MemberOutcome> edit) {
        Settlement s = editable();
        if (s == null || memberId == null || memberId.isBlank()) {
            return;
        }
        List<MemberOutcome> all = new ArrayList<>(s.outcomes());
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).memberId().equals(memberId)) {
                at = i;
            }
        }
        MemberOutcome next = edit.apply(at >= 0 ? all.get(at) : MemberOutcome.went(memberId, List.of()));
        if (at >= 0) {
            all.set(at, next);
        } else {
            all.add(next);
        }
        change(new Settlement(s.settlementDate(), s.advances(), all, s.lines()));
    }

    private void changeStays(int index, UnaryOperator<List<CertifiedStay>> edit) {
        if (index < 0 || index >= selectedOutcome().stays().size()) {
            return;
        }
        changeOutcome(selectedMember.get(), o -> MemberOutcome.went(o.memberId(), edit.apply(new ArrayList<>(o.stays()))));
    }

    private void changeStay(int index, UnaryOperator<CertifiedStay> edit) {
        changeStays(index, all -> {
            all.set(index, edit.apply(all.get(index)));
            return all;
        });
    }

    private void changeLine(int index, UnaryOperator<ActualLine> edit) {
        Settlement s = editable();
        if (s == null || index < 0 || index >= s.lines().size()) {
            return;
        }
        List<ActualLine> all = new ArrayList<>(s.lines());
        all.set(index, edit.apply(all.get(index)));
        change(new Settlement(s.settlementDate(), s.advances(), s.outcomes(), all));
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

    private void refreshDirty() {
        dirty.set(ready.get() && working.get() != null && !working.get().equals(baseline));
    }

    /** The books' state, what is read-only, and why each immediate action is greyed. */
    private void refreshActions() {
        Optional<SettlementClosing> closed = closing.get();
        readOnly.set(!ready.get() || closed.isPresent());
        books.set(!ready.get() ? "" : closed.map(c -> messages.get("ui.settlement.books.closed", c.number(), c.closedBy(),
                CLOSED_AT.format(c.closedAt().atZone(zone)))).orElse(messages.get("ui.settlement.books.open")));
        Optional<String> role = service.gate().whyNot(Role.FINANCE, "people.action.closeSettlement")
                .map(p -> messages.get(p.key(), p.args().toArray()));
        String busyOrLoading = !ready.get() ? messages.get("ui.settlement.unavailable.loading") : "";
        closeUnavailable.set(!busyOrLoading.isEmpty() ? busyOrLoading
                : closed.isPresent() ? messages.get("ui.settlement.close.unavailable.closed")
                : dirty.get() ? messages.get("ui.settlement.close.unavailable.dirty")
                : !stored ? messages.get("settlement.closed.nothing")
                : role.orElse(""));
        Optional<String> reopenRole = service.gate().whyNot(Role.FINANCE, "people.action.reopenSettlement")
                .map(p -> messages.get(p.key(), p.args().toArray()));
        reopenUnavailable.set(!busyOrLoading.isEmpty() ? busyOrLoading
                : closed.isEmpty() ? messages.get("ui.settlement.reopen.unavailable.open")
                : reopenRole.orElse(""));
        exportUnavailable.set(preview.get() == null ? messages.get("ui.settlement.unavailable.loading") : "");
    }

    private void recompute() {
        Settlement s = working.get();
        Delegation d = plan();
        if (s == null || d == null || d.id() == null) {
            preview.set(null);
            shown.clear();
            refreshActions();
            return;
        }
        try {
            SettlementReview review = service.preview(d, s);
            preview.set(review);
            shown.show(review, service.check(d, s).stream().map(this::describe).toList());
        } catch (ArithmeticException e) {
            notice.set(messages.get("ui.settlement.error.overflow"));
        }
        showSelected();
        refreshActions();
    }

    private String describe(ValidationError error) {
        return messages.get(error.messageKey(), error.args().toArray());
    }

    private void showSelected() {
        Settlement s = working.get();
        shown.showSelected(s, selectedMember.get(), selectedLine.get());
    }
}
