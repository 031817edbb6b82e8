package vn.delegationdesk.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemorySettlementRepository;
import vn.delegationdesk.settlement.MemoryVoucherFileRepository;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.settlement.ui.SettlementRows.SheetRow;
import vn.delegationdesk.testing.InMemoryRateSetRepository;
import vn.delegationdesk.testing.InMemoryWorksheetRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The settlement tab's state without a screen: open a stored delegation (the sample, under test rates holding a room
 * cap of 1.000.000), type an advance, a member's certified dates and a room invoice, and see what the page shows; save,
 * revert, a user without the finance role, closed books that take no edit.
 */
class SettlementViewModelTest {
    private static final long ID = 7L;
    private static final String TEST_RATES = "test-caps";
    private static final String AN = "tv-02";
    private static final String BINH = "tv-03";

    private final Messages messages = new Messages();
    private final Delegation delegation = SampleDelegation.create().toBuilder().id(ID).build();
    private final AtomicReference<User> user = new AtomicReference<>(User.everyRole("lan"));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Clock clock = Clock.fixed(Instant.parse("2025-11-03T07:05:00Z"), ZoneOffset.UTC);
    private SettlementService service;
    private SettlementViewModel model;
    private String an;

    @BeforeEach
    void open() {
        InMemoryRateSetRepository rates = new InMemoryRateSetRepository();
        rates.save(testRates());
        BudgetService budget = new BudgetService(rates, new InMemoryWorksheetRepository());
        budget.saveWorksheet(ID, new EstimateWorksheet(new EstimateInputs(TEST_RATES, null, LodgingMode.INVOICE, Map.of()), Map.of(),
                List.of()));
        service = new SettlementService(new MemorySettlementRepository(), id -> id == ID ? Optional.of(delegation) : Optional.empty(),
                budget, new RoleGate(user::get), clock);
        DelegationDraft draft = new DelegationDraft(messages);
        draft.load(delegation);
        VoucherFiles files = new VoucherFiles(new MemoryVoucherFileRepository(), new RoleGate(user::get), clock, service::closings);
        model = new SettlementViewModel(draft, service, files, new DirectTaskRunner(), dialogs, messages, ZoneId.of("Asia/Ho_Chi_Minh"));
        model.setShowing(true);
        model.open(delegation);
        an = delegation.members().stream().filter(m -> m.id().equals(AN)).findFirst().orElseThrow().fullName();
    }

    /** TEST DATA, not a regulation's figures: TT 12/2025 with invoice caps for lodging (as the domain's tests use). */
    private static RateSet testRates() {
        RateSet tt12 = BuiltInRateSets.all().stream().filter(s -> s.id().equals(BuiltInRateSets.TT12_ID)).findFirst().orElseThrow();
        List<RateValue> values = new ArrayList<>(tt12.values().stream().filter(RateValue::hasAmount).toList());
        values.removeIf(v -> v.key().name().startsWith("LODGING"));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SHARED_OTHER, 1_000_000L, "Dữ liệu kiểm thử", false));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SHARED_CITY, 1_000_000L, "Dữ liệu kiểm thử", false));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SENIOR_OTHER, 1_200_000L, "Dữ liệu kiểm thử", false));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SENIOR_CITY, 1_200_000L, "Dữ liệu kiểm thử", false));
        return new RateSet(TEST_RATES, "Bộ định mức kiểm thử (dữ liệu thử)", "", "", RateSetKind.NATIONAL, LocalDate.of(2025, 5, 4),
                null, "Dữ liệu kiểm thử, không phải số liệu của văn bản.", values);
    }

    /** An advance of 5.000.000 to An, An and Bình certified for the whole trip, their shared room's invoice of 1.200.000. */
    private void typeTheSettlement() {
        model.advanceEditor().addAdvance();
        model.advanceEditor().setAdvanceRecipient(0, AN);
        assertThat(model.advanceEditor().setAdvanceDate(0, "09/10/2025")).isNull();
        model.advanceEditor().setAdvanceVoucher(0, "PC-0101");
        assertThat(model.advanceEditor().setAdvanceAmount(0, "5.000.000")).isNull();
        for (String member : List.of(AN, BINH)) {
            model.outcomeEditor().selectedMemberProperty().set(member);
            model.outcomeEditor().staysFromPlan();
        }
        model.costEditor().addLine(ExpenseKind.ROOM);
        int room = model.costEditor().selectedLineProperty().get();
        model.costEditor().setLineContent(room, "Phòng 2 người tại Đắk Lắk");
        model.costEditor().setLineEstimate(room, "lodging.tỉnh Đắk Lắk.shared");
        model.costEditor().setLineMembers(room, List.of(AN, BINH));
        model.costEditor().setLineStop(room, "tỉnh Đắk Lắk");
        assertThat(model.costEditor().setLineNights(room, "1")).isNull();
        assertThat(model.costEditor().setLineCost(room, "1200000")).isNull();
        model.costEditor().addVoucher();
        int invoice = model.costEditor().selectedVoucherProperty().get();
        model.costEditor().setVoucherKind(invoice, VoucherKind.INVOICE);
        model.costEditor().setVoucherNumber(invoice, "0001234");
        assertThat(model.costEditor().setVoucherDate(invoice, "15/10/2025")).isNull();
        model.costEditor().setVoucherSupplier(invoice, "Khách sạn Biển Xanh");
    }

    private SheetRow row(String name) {
        return model.sheet().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSettlementIsReadOnlyOnceItsTabShowsAndRecomputedThenAfterThePlanChanged() {
        service.save(ID, new Settlement(LocalDate.of(2025, 10, 30), List.of(), List.of(), List.of()));
        model.setShowing(false);
        model.open(delegation);
        assertThat(model.readyProperty().get()).as("not read while another tab shows").isFalse();

        model.setShowing(true);

        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.settlementProperty().get().settlementDate()).isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void typedAdvanceStampsAndInvoiceShowTheRulesFigures() {
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.books().booksProperty().get()).isEqualTo("Sổ đang mở");
        assertThat(model.dirtyProperty().get()).isFalse();

        typeTheSettlement();

        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.advances()).singleElement().satisfies(a -> {
            assertThat(a.recipient()).isEqualTo(an);
            assertThat(a.date()).isEqualTo("09/10/2025");
            assertThat(a.amount()).isEqualTo("5.000.000");
        });
        model.outcomeEditor().selectedMemberProperty().set(AN);
        assertThat(model.stays()).extracting(s -> s.place() + " " + s.from() + "–" + s.to())
                .containsExactly("tỉnh Đắk Lắk 14/10/2025–16/10/2025", "tỉnh Lâm Đồng 17/10/2025–19/10/2025");
        assertThat(model.vouchers()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo("Hóa đơn");
            assertThat(v.amount()).as("the line's cost is offered").isEqualTo("1.200.000");
        });
        SheetRow row = row(an);
        assertThat(row.days()).isEqualTo("6");
        assertThat(row.perDiem()).as("6 days × 300.000").isEqualTo("1.800.000");
        assertThat(row.lodging()).as("half of the cap of 1.000.000, not of the invoice").isEqualTo("500.000");
        assertThat(row.total()).isEqualTo("2.300.000");
        assertThat(row.advanced()).isEqualTo("5.000.000");
        assertThat(row.toReturn()).isEqualTo("2.700.000");
        assertThat(row.toReceive()).isEqualTo("0");
        SheetRow totals = model.sheet().get(model.sheet().size() - 1);
        assertThat(totals.name()).isEqualTo("Cộng");
        assertThat(totals.total()).isEqualTo("4.600.000");
        assertThat(model.sheetWordsProperty().get()).isEqualTo("Tổng số tiền bằng chữ: Bốn triệu sáu trăm nghìn đồng.");
        assertThat(model.disallowed()).singleElement().asString()
                .startsWith("Dòng 1 «Phòng 2 người tại Đắk Lắk»: không được thanh toán 200.000 đ.");
        assertThat(model.problems()).isEmpty();
        assertThat(model.comparison()).filteredOn(c -> c.label().equals("Tổng cộng")).singleElement()
                .satisfies(c -> assertThat(c.actual()).isEqualTo("4.600.000"));
    }

    @Test
    void theWholeDelegationTakesThePlansDatesSoOnlyTheTravelOrdersThatDifferAreTyped() {
        model.outcomeEditor().selectedMemberProperty().set(BINH);
        model.outcomeEditor().addStay();
        assertThat(model.outcomeEditor().setStayTo(0, "14/10/2025")).isNull();
        model.outcomeEditor().setAttendance(AN, Attendance.WITHDREW);

        assertThat(model.outcomeEditor().staysFromPlanForAll()).isEqualTo(delegation.members().size() - 2);

        Settlement typed = model.settlementProperty().get();
        assertThat(typed.outcome(BINH).orElseThrow().stays()).as("kept as typed").singleElement()
                .extracting(CertifiedStay::to).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(typed.outcome(AN).orElseThrow().travelled()).isFalse();
        String other = delegation.members().get(0).id();
        assertThat(typed.outcome(other).orElseThrow().stays()).extracting(CertifiedStay::place, CertifiedStay::from,
                CertifiedStay::to).containsExactly(tuple("tỉnh Đắk Lắk", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16)),
                        tuple("tỉnh Lâm Đồng", LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 19)));
        assertThat(model.noticeProperty().get()).isEqualTo("Đã điền ngày theo lịch trình cho " + (delegation.members().size() - 2)
                + " thành viên; hãy sửa người nào có giấy đi đường khác lịch trình.");
    }

    @Test
    void aTypedAmountThatIsNoNumberIsRefusedNamingTheFieldAndChangesNothing() {
        model.advanceEditor().addAdvance();
        model.advanceEditor().setAdvanceAmount(0, "1.200.000");

        String refusal = model.advanceEditor().setAdvanceAmount(0, "1,2 triệu");

        assertThat(refusal).isEqualTo("Tạm ứng dòng 1 – Số tiền: «1,2 triệu» không phải số tiền hợp lệ; hãy nhập số đồng, "
                + "ví dụ 1.200.000 hoặc 1200000");
        assertThat(model.noticeProperty().get()).isEqualTo(refusal);
        assertThat(model.advances().get(0).amount()).isEqualTo("1.200.000");
        assertThat(model.advanceEditor().setAdvanceDate(0, "32/10/2025"))
                .startsWith("Tạm ứng dòng 1 – Ngày: «32/10/2025» không phải ngày hợp lệ");
    }

    @Test
    void saveStoresTheSettlementAndRevertGoesBackToIt() throws Exception {
        typeTheSettlement();
        EditorPart.PendingSave save = model.beginSave();
        save.store(ID);
        save.stored();

        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(service.review(ID).orElseThrow().sheet().totals().total()).isEqualTo(4_600_000L);
        assertThat(model.books().closeUnavailableProperty().get()).isEmpty();

        model.advanceEditor().setAdvanceAmount(0, "6.000.000");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.books().closeUnavailableProperty().get()).isEqualTo("Hãy lưu các thay đổi trước khi khóa sổ");
        model.revert();

        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.advances().get(0).amount()).isEqualTo("5.000.000");
        assertThat(row(an).toReturn()).isEqualTo("2.700.000");
    }

    @Test
    void aSettlementBreakingTheRulesIsRefusedAtSaveWithTheFieldNamed() {
        typeTheSettlement();
        model.outcomeEditor().selectedMemberProperty().set(AN);
        model.outcomeEditor().setStayTo(1, "25/10/2025");

        assertThat(model.problems()).singleElement().asString().startsWith("Giấy đi đường của " + an + " – Nơi đến thứ 2 – Ngày đi");
        EditorPart.PendingSave save = model.beginSave();
        assertThatThrownBy(() -> save.store(ID)).satisfies(e -> assertThat(messages.describeFailure(e, "\n"))
                .startsWith("Bảng thanh toán sau chuyến đi chưa được lưu:\nGiấy đi đường của " + an + " – Nơi đến thứ 2 – Ngày đi: ngày "
                        + "25/10/2025 nằm ngoài thời gian chuyến đi"));
        assertThat(service.review(ID).orElseThrow().stored()).isFalse();
    }

    @Test
    void withoutTheFinanceRoleTheSaveIsRefusedAndTheBooksCannotBeClosed() {
        assertThat(model.roleToSave()).isEqualTo(Role.FINANCE);
        assertThat(model.saveActionKey()).isEqualTo("people.action.saveSettlement");
        typeTheSettlement();
        user.set(new User("hoa", EnumSet.of(Role.ORGANISER)));
        EditorPart.PendingSave save = model.beginSave();

        assertThatThrownBy(() -> save.store(ID)).isInstanceOf(RoleRefused.class);
        model.revert();
        model.open(delegation);
        assertThat(model.books().closeUnavailableProperty().get()).isEqualTo("Chưa có bảng thanh toán nào được lưu: hãy nhập và lưu "
                + "trước khi khóa sổ");
        user.set(User.everyRole("lan"));
        typeTheSettlement();
        EditorPart.PendingSave allowed = model.beginSave();
        assertThat(model.dirtyProperty().get()).isTrue();
        allowedStore(allowed);
        user.set(new User("hoa", EnumSet.of(Role.ORGANISER)));
        model.open(delegation);

        assertThat(model.books().closeUnavailableProperty().get()).startsWith("Khóa sổ thanh toán: cần vai trò «Tài chính»");
    }

    private static void allowedStore(EditorPart.PendingSave save) {
        try {
            save.store(ID);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        save.stored();
    }

    @Test
    void closedBooksShowWhoClosedThemAndTakeNoEditUntilReopened() {
        typeTheSettlement();
        allowedStore(model.beginSave());

        model.books().closeBooks();

        assertThat(dialogs.confirmedActions()).containsExactly("Khóa sổ");
        assertThat(model.booksClosed()).isTrue();
        assertThat(model.books().booksProperty().get()).isEqualTo("Sổ đã khóa (lần 1) bởi lan lúc 14:05 03/11/2025");
        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.books().closeUnavailableProperty().get()).isEqualTo("Sổ đã khóa");
        assertThat(model.books().reopenUnavailableProperty().get()).isEmpty();
        model.advanceEditor().addAdvance();
        model.advanceEditor().setAdvanceAmount(0, "9.000.000");
        assertThat(model.advances()).singleElement().satisfies(a -> assertThat(a.amount()).isEqualTo("5.000.000"));
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("Sổ thanh toán của đoàn đã khóa: mở lại sổ trước khi sửa");
        assertThat(row(an).perDiem()).isEqualTo("1.800.000");

        assertThat(model.books().closings()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo("Lần 1");
            assertThat(c.closed()).isEqualTo("lan lúc 14:05 03/11/2025");
            assertThat(c.reopened()).isEqualTo("Đang khóa");
            assertThat(c.advanced()).isEqualTo("5.000.000");
            assertThat(c.total()).isEqualTo(row("Cộng").total());
        });

        model.books().reopenBooks();

        assertThat(model.books().booksProperty().get()).isEqualTo("Sổ đang mở");
        assertThat(model.readOnlyProperty().get()).isFalse();
        assertThat(model.books().closings()).as("kept, readable").singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo("Lần 1");
            assertThat(c.reopened()).isEqualTo("lan lúc 14:05 03/11/2025");
        });
        model.advanceEditor().setAdvanceAmount(0, "9.000.000");
        assertThat(model.advances().get(0).amount()).isEqualTo("9.000.000");
    }

    @Test
    void exportWritesTheSettlementOnScreenToTheChosenFile() {
        List<Path> written = new ArrayList<>();
        model.addExport(new SettlementExport.Choice("pdf", "Bảng kê C17-HD (PDF)…", review -> "c17.pdf", "Tệp PDF", "pdf",
                (review, file) -> {
                    assertThat(review.sheet().totals().total()).isEqualTo(4_600_000L);
                    written.add(file);
                }));
        typeTheSettlement();
        dialogs.chooseFile(Path.of("/tmp/bang-ke"));

        model.books().export(model.books().exports().get(0));

        assertThat(written).containsExactly(Path.of("/tmp/bang-ke.pdf"));
        assertThat(model.noticeProperty().get()).isEqualTo("Đã lưu /tmp/bang-ke.pdf");
    }

    // ---- voucher files --------------------------------------------------------------------------------------

    @TempDir
    Path folder;

    /** A small but real PDF: what VoucherFiles judges by its first bytes. */
    private Path pdf(String name) throws IOException {
        return Files.write(folder.resolve(name), ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** The typed settlement saved, its room line's invoice (0001234, Khách sạn Biển Xanh) selected. */
    private VoucherFilesEditor savedInvoice() {
        typeTheSettlement();
        allowedStore(model.beginSave());
        model.costEditor().selectedLineProperty().set(0);
        model.costEditor().selectedVoucherProperty().set(0);
        return model.voucherFiles();
    }

    @Test
    void aPdfAttachedToTheSavedInvoiceIsListedWithItsNameSizeAndWhoAttachedIt() throws IOException {
        VoucherFilesEditor files = savedInvoice();
        assertThat(files.attachUnavailableProperty().get()).isEmpty();
        dialogs.chooseFile(pdf("hoa-don-0001234.pdf"));

        files.attach();

        assertThat(files.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("hoa-don-0001234.pdf");
            assertThat(f.size()).isEqualTo("1 kB");
            assertThat(f.attached()).isEqualTo("lan, 14:05 03/11/2025");
        });
        assertThat(model.noticeProperty().get()).isEqualTo("Đã đính kèm «hoa-don-0001234.pdf» vào chứng từ số 0001234");
        assertThat(files.orphans()).isEmpty();
        assertThat(model.dirtyProperty().get()).as("a file is stored at once, not with the editor's Save").isFalse();
    }

    @Test
    void aWordFileRenamedPdfIsRefusedWithTheMessageAndNothingIsListed() throws IOException {
        VoucherFilesEditor files = savedInvoice();
        Path docx = Files.write(folder.resolve("hoadon.pdf"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        dialogs.chooseFile(docx);

        files.attach();

        assertThat(dialogs.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Không đính kèm được tệp");
            assertThat(e.message()).startsWith("Tệp chứng từ «hoadon.pdf»: không phải tệp PDF hay ảnh PNG, JPEG");
        });
        assertThat(files.files()).isEmpty();
    }

    @Test
    void attachingIsGreyedWithItsReason() {
        VoucherFilesEditor files = model.voucherFiles();
        assertThat(files.attachUnavailableProperty().get()).isEqualTo("Hãy chọn một chứng từ để đính kèm tệp");
        typeTheSettlement();
        assertThat(files.attachUnavailableProperty().get()).as("typed, not saved")
                .isEqualTo("Lưu bảng thanh toán (chứng từ có số và đơn vị cấp) trước khi đính kèm tệp");
        allowedStore(model.beginSave());
        assertThat(files.attachUnavailableProperty().get()).isEmpty();
        assertThat(files.removeUnavailableProperty().get()).isEqualTo("Hãy chọn một tệp");

        model.books().closeBooks();
        assertThat(files.attachUnavailableProperty().get()).isEqualTo("Sổ đã khóa: mở lại sổ trước khi đính kèm hoặc gỡ tệp");
        model.books().reopenBooks();
        assertThat(files.attachUnavailableProperty().get()).isEmpty();

        user.set(new User("hoa", EnumSet.of(Role.ORGANISER)));
        model.open(delegation);
        model.costEditor().selectedLineProperty().set(0);
        model.costEditor().selectedVoucherProperty().set(0);
        assertThat(files.attachUnavailableProperty().get()).startsWith("Đính kèm tệp chứng từ: cần vai trò «Tài chính»");
    }

    @Test
    void aFileSavedOutHasTheSameBytesAndARemovedFileIsGone() throws IOException {
        VoucherFilesEditor files = savedInvoice();
        Path original = pdf("hoadon.pdf");
        dialogs.chooseFile(original);
        files.attach();
        files.selectedFileProperty().set(files.files().get(0));
        Path out = folder.resolve("ra").resolve("ban-sao.pdf");
        Files.createDirectories(out.getParent());
        dialogs.chooseFile(out);

        files.saveOut();

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(original));
        assertThat(model.noticeProperty().get()).isEqualTo("Đã lưu " + out);

        files.remove();

        assertThat(dialogs.confirmedActions()).containsExactly("Gỡ tệp");
        assertThat(files.files()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("Đã gỡ tệp «hoadon.pdf»");
    }

    @Test
    void aFileWhoseVoucherWasRenumberedIsListedWithoutItsVoucher() throws IOException {
        VoucherFilesEditor files = savedInvoice();
        dialogs.chooseFile(pdf("hoadon.pdf"));
        files.attach();

        model.costEditor().setVoucherNumber(0, "0009999");
        assertThat(files.orphans()).as("not until the change is saved").isEmpty();
        allowedStore(model.beginSave());

        assertThat(files.files()).isEmpty();
        assertThat(files.orphans()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("hoadon.pdf");
            assertThat(f.voucher()).isEqualTo("Chứng từ số 0001234 của Khách sạn Biển Xanh");
        });
    }
}
