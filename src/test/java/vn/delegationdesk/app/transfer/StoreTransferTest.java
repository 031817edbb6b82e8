package vn.delegationdesk.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.OutboundSamples;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.abroad.persistence.JdbcForeignRateSetRepository;
import vn.delegationdesk.abroad.persistence.JdbcOutboundRepository;
import vn.delegationdesk.app.transfer.persistence.JdbcTransferLog;
import vn.delegationdesk.app.transfer.persistence.TransferRecord;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.budget.persistence.JdbcRateSetRepository;
import vn.delegationdesk.budget.persistence.JdbcWorksheetRepository;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.KeptSeating;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.persistence.JdbcDelegateRepository;
import vn.delegationdesk.conferencedesk.persistence.JdbcSeatingRepository;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.ApprovalStage;
import vn.delegationdesk.delegation.approval.AuditAction;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.approval.EstimateGroup;
import vn.delegationdesk.delegation.approval.FrozenContent;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.approval.RevisionContents;
import vn.delegationdesk.delegation.approval.RevisionFile;
import vn.delegationdesk.delegation.approval.persistence.JdbcApprovalTrail;
import vn.delegationdesk.delegation.body.persistence.JdbcBodyProfileRepository;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.persistence.JdbcDocumentSettingsRepository;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.BackupFile;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementClosed;
import vn.delegationdesk.settlement.SettlementClosing;
import vn.delegationdesk.settlement.SettlementTotals;
import vn.delegationdesk.settlement.VoucherFile;
import vn.delegationdesk.settlement.persistence.JdbcSettlementRepository;
import vn.delegationdesk.settlement.persistence.JdbcVoucherFileRepository;
import vn.delegationdesk.testing.CaoBangBody;
import vn.delegationdesk.testing.EmbeddedServer;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.SampleEstimates;

/** The laptop's H2 store copied to a real PostgreSQL (the embedded server): whole and verified, or nothing written. */
class StoreTransferTest {
    private static final RateSet LOCAL = new RateSet("nq-dak-lak", "Nghị quyết thử", "HĐND tỉnh", "01/2026/NQ-HĐND",
            RateSetKind.LOCAL, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "ghi chú",
            List.of(new RateValue(RateKey.CONFERENCE_REFRESHMENT, 40_000L, "NQ 01/2026 Đ3", true)));

    @TempDir
    Path dataDir;

    private final Messages messages = new Messages();
    private String database;
    private Database laptop;
    private ServerStore server;
    private long sampleId;

    @BeforeEach
    void openStores() {
        database = EmbeddedServer.createDatabase();
        laptop = Database.openStore(dataDir);
        server = ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null);
        sampleId = new JdbcDelegationRepository(laptop).insert(SampleDelegation.create());
        new JdbcWorksheetRepository(laptop).save(sampleId, SampleEstimates.pricedWorksheet());
        new JdbcDocumentSettingsRepository(laptop).save(sampleId, DocumentSettings.defaults().withDecisionProposer("Phòng Tổ chức"));
        new JdbcRateSetRepository(laptop).save(LOCAL);
        new JdbcBodyProfileRepository(laptop).save(CaoBangBody.profile());
    }

    /** A small delegation of another trip: no clash. */
    private static Delegation other() {
        return LargeDelegation.of(5).toBuilder().title("Đoàn học tập kinh nghiệm tại tỉnh Cao Bằng").build();
    }

    @AfterEach
    void closeStores() {
        server.close();
        laptop.close();
        EmbeddedServer.drop(database);
    }

    @Test
    void theSampleAndALargeDelegationAreCopiedWholeAndVerified() {
        long largeId = new JdbcDelegationRepository(laptop).insert(LargeDelegation.of(2000));
        StoreTransfer transfer = new StoreTransfer(laptop, server, messages);
        assertThat(transfer.clashes()).isEmpty();

        TransferResult result = transfer.copy(Map.of());

        assertThat(result.delegations()).isEqualTo(2);
        assertThat(result.members()).isEqualTo(37 + 2000);
        assertThat(result.serverDelegations()).isEqualTo(2);
        assertThat(result.rateSets()).isEqualTo(1);
        assertThat(result.bodies()).isEqualTo(1);
        assertThat(result.checksums()).containsOnlyKeys(sampleId, largeId).allSatisfy((id, sum) -> assertThat(sum).hasSize(64));

        JdbcDelegationRepository onServer = new JdbcDelegationRepository(server);
        List<DelegationSummary> summaries = onServer.findSummaries();
        assertThat(summaries).extracting(DelegationSummary::membersFilled).containsExactlyInAnyOrder(37, 2000);
        long serverSample = summaries.stream().filter(s -> s.membersFilled() == 37).findFirst().orElseThrow().id();
        Delegation copied = onServer.findById(serverSample).orElseThrow();
        assertThat(copied.title()).isEqualTo(SampleDelegation.create().title());
        assertThat(new JdbcWorksheetRepository(server).find(serverSample)).contains(SampleEstimates.pricedWorksheet());
        assertThat(new JdbcDocumentSettingsRepository(server).find(serverSample).orElseThrow().decisionProposer())
                .isEqualTo("Phòng Tổ chức");
        assertThat(new JdbcRateSetRepository(server).findAll()).contains(LOCAL);
        assertThat(new JdbcBodyProfileRepository(server).findAll()).extracting(p -> p.body().name()).contains(CaoBangBody.NAME);
    }

    @Test
    void theApprovalTrailIsCopiedAsTheLaptopRecordedIt() {
        JdbcApprovalTrail laptopTrail = new JdbcApprovalTrail(laptop, () -> User.everyRole("Nguyễn Thị Lan"));
        RevisionContents frozen = new RevisionContents() {
            @Override
            public FrozenContent freeze(long delegationId) {
                return new FrozenContent(-1, "{\"plan\": \"bản trình\"}", List.of(new EstimateGroup("Chi hội nghị", 12_500_000L)),
                        12_500_000L, List.of(new RevisionFile("ke-hoach.pdf", new byte[] {37, 80, 68, 70, 1, 2, 3})));
            }

            @Override
            public Delegation plan(String content) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<EstimateGroup> estimate(Delegation plan) {
                return List.of();
            }
        };
        new ApprovalService(laptopTrail, () -> User.everyRole("Nguyễn Thị Lan"), Clock.systemUTC(), frozen).submit(sampleId);
        new ApprovalService(laptopTrail, () -> User.everyRole("Trần Văn Bình")).appraise(sampleId);
        List<AuditEntry> before = laptopTrail.trail(sampleId);

        new StoreTransfer(laptop, server, messages).copy(Map.of());

        long serverSample = new JdbcDelegationRepository(server).findSummaries().get(0).id();
        JdbcApprovalTrail serverTrail = new JdbcApprovalTrail(server, () -> User.everyRole("quản trị"));
        assertThat(serverTrail.stateOf(serverSample).stage()).isEqualTo(ApprovalStage.APPRAISED);
        assertThat(serverTrail.stateOf(serverSample).changedBy()).isEqualTo("Trần Văn Bình");
        assertThat(serverTrail.trail(serverSample)).filteredOn(e -> e.action() != AuditAction.TRANSFERRED)
                .extracting(AuditEntry::who, AuditEntry::action, AuditEntry::at)
                .containsExactly(before.stream().map(e -> tuple(e.who(), e.action(), e.at())).toArray(Tuple[]::new));
        assertThat(before).extracting(AuditEntry::who).containsExactly("Nguyễn Thị Lan", "Trần Văn Bình");
        Revision copiedRevision = serverTrail.revisions(serverSample).get(0);
        assertThat(copiedRevision.number()).isEqualTo(1);
        assertThat(copiedRevision.frozenBy()).isEqualTo("Nguyễn Thị Lan");
        assertThat(copiedRevision.total()).isEqualTo(12_500_000L);
        assertThat(copiedRevision.content()).isEqualTo("{\"plan\": \"bản trình\"}");
        assertThat(serverTrail.documents(serverSample, 1)).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("ke-hoach.pdf");
            assertThat(file.bytes()).containsExactly(37, 80, 68, 70, 1, 2, 3);
        });
    }

    @Test
    void theSettlementAndItsClosingsAreCopiedAsTheLaptopFrozeThem() {
        JdbcSettlementRepository laptopSettlements = new JdbcSettlementRepository(laptop);
        String memberId = SampleDelegation.create().members().get(0).id();
        LocalDate day = LocalDate.of(2025, 10, 9);
        Settlement first = new Settlement(day.plusDays(21), List.of(new Advance(memberId, day, "PC-0101", 5_000_000L)),
                List.of(), List.of());
        Settlement second = new Settlement(day.plusDays(22), List.of(new Advance(memberId, day, "PC-0101", 4_000_000L)),
                List.of(), List.of());
        SettlementTotals totals = new SettlementTotals(0, 0, 0, 0, 0, 5_000_000L, 5_000_000L, 0);
        Instant at = Instant.parse("2025-11-03T02:15:00Z");
        laptopSettlements.save(sampleId, first);
        laptopSettlements.close(sampleId, new SettlementClosing(0, at, "lan", first, totals, 0, null, null));
        laptopSettlements.reopen(sampleId, at.plusSeconds(60), "hoa");
        laptopSettlements.save(sampleId, second);
        laptopSettlements.close(sampleId, new SettlementClosing(0, at.plusSeconds(120), "lan", second, totals, 0, null, null));

        new StoreTransfer(laptop, server, messages).copy(Map.of());

        long serverSample = new JdbcDelegationRepository(server).findSummaries().get(0).id();
        JdbcSettlementRepository serverSettlements = new JdbcSettlementRepository(server);
        assertThat(serverSettlements.find(serverSample)).contains(second);
        assertThat(serverSettlements.closings(serverSample)).isEqualTo(laptopSettlements.closings(sampleId))
                .extracting(SettlementClosing::number, SettlementClosing::reopenedBy, SettlementClosing::inForce)
                .containsExactly(tuple(1, "hoa", false), tuple(2, null, true));
        assertThatThrownBy(() -> serverSettlements.save(serverSample, first)).as("still closed on the server")
                .isInstanceOf(SettlementClosed.class);
    }

    @Test
    void theVoucherFilesAreCopiedByteForByteWithWhoAttachedThemAndWhen() {
        JdbcVoucherFileRepository laptopFiles = new JdbcVoucherFileRepository(laptop);
        byte[] scan = new byte[3_000_000];
        new Random(16).nextBytes(scan);
        System.arraycopy(new byte[] {'%', 'P', 'D', 'F', '-'}, 0, scan, 0, 5);
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        Instant at = Instant.parse("2025-11-03T02:15:00.250Z");
        VoucherFile invoice = laptopFiles.attach(sampleId, "Khách sạn Biển Xanh", "0001234", "Hóa đơn 0001234.pdf",
                "application/pdf", scan, "lan", at);
        VoucherFile ticket = laptopFiles.attach(sampleId, "Vietnam Airlines", "738-0001", "vé.jpg", "image/jpeg", photo, "hoa",
                at.plusSeconds(60));

        new StoreTransfer(laptop, server, messages).copy(Map.of());

        long serverSample = new JdbcDelegationRepository(server).findSummaries().get(0).id();
        JdbcVoucherFileRepository serverFiles = new JdbcVoucherFileRepository(server);
        List<VoucherFile> copied = serverFiles.list(serverSample);
        assertThat(copied).extracting(VoucherFile::fileName, VoucherFile::supplier, VoucherFile::voucherNumber,
                VoucherFile::attachedBy, VoucherFile::attachedAt, VoucherFile::sha256).containsExactly(
                tuple("Hóa đơn 0001234.pdf", "Khách sạn Biển Xanh", "0001234", "lan", at, invoice.sha256()),
                tuple("vé.jpg", "Vietnam Airlines", "738-0001", "hoa", at.plusSeconds(60), ticket.sha256()));
        assertThat(serverFiles.content(copied.get(0).id())).isEqualTo(scan);
        assertThat(serverFiles.content(copied.get(1).id())).isEqualTo(photo);
    }

    @Test
    void theConferenceDesksAreCopiedWithTheirCheckInsAndASecondCopyGetsNewIds() {
        JdbcDelegateRepository laptopDesk = new JdbcDelegateRepository(laptop);
        List<Delegate> desk = DeskSamples.four(SampleDelegation.CONFERENCE_DAK_LAK, "dl-");
        laptopDesk.saveAll(sampleId, SampleDelegation.CONFERENCE_DAK_LAK, desk);
        laptopDesk.checkIn("dl-2", Instant.parse("2025-10-15T01:45:00Z"));
        List<Delegate> kept = laptopDesk.list(sampleId, SampleDelegation.CONFERENCE_DAK_LAK);
        KeptSeating seating = new KeptSeating(HallLayout.theatre(3, 2, 4), Map.of("dl-1", Seat.head(2, HallKind.THEATRE),
                "dl-4", new Seat(2, 3, HallKind.THEATRE)));
        new JdbcSeatingRepository(laptop).save(sampleId, SampleDelegation.CONFERENCE_DAK_LAK, seating);

        new StoreTransfer(laptop, server, messages).copy(Map.of());
        new StoreTransfer(laptop, server, messages).copy(Map.of(sampleId, ClashChoice.RENAME));

        JdbcDelegateRepository serverDesk = new JdbcDelegateRepository(server);
        List<Long> onServer = new JdbcDelegationRepository(server).findSummaries().stream().map(DelegationSummary::id).sorted()
                .toList();
        assertThat(serverDesk.list(onServer.get(0), SampleDelegation.CONFERENCE_DAK_LAK)).isEqualTo(kept);
        List<Delegate> second = serverDesk.list(onServer.get(1), SampleDelegation.CONFERENCE_DAK_LAK);
        assertThat(second).extracting(Delegate::fullName, Delegate::status, Delegate::checkedInAt)
                .isEqualTo(kept.stream().map(d -> tuple(d.fullName(), d.status(), d.checkedInAt())).toList());
        assertThat(second).extracting(Delegate::id).doesNotContainAnyElementsOf(kept.stream().map(Delegate::id).toList());
        JdbcSeatingRepository serverSeating = new JdbcSeatingRepository(server);
        assertThat(serverSeating.find(onServer.get(0), SampleDelegation.CONFERENCE_DAK_LAK)).contains(seating);
        KeptSeating secondSeating = serverSeating.find(onServer.get(1), SampleDelegation.CONFERENCE_DAK_LAK).orElseThrow();
        assertThat(secondSeating.seats()).as("the renamed copy's seats follow its delegates' new ids").containsOnly(
                Map.entry(second.get(0).id(), Seat.head(2, HallKind.THEATRE)), Map.entry(second.get(3).id(), new Seat(2, 3,
                        HallKind.THEATRE)));
    }

    @Test
    void theOutboundPlanAndTheForeignRateSetsAreCopiedAndReadBack() {
        long abroadId = new JdbcDelegationRepository(laptop).insert(OutboundSamples.delegation().toBuilder()
                .title("Đoàn công tác tại Hàn Quốc (dữ liệu thử)").build());
        new JdbcOutboundRepository(laptop).save(OutboundSamples.plan(abroadId), OutboundSamples.inputs());
        JdbcForeignRateSetRepository laptopSets = new JdbcForeignRateSetRepository(laptop);
        laptopSets.save(OutboundSamples.testRates());
        ForeignRateSet tt140 = withKorea(laptopSets, BuiltInForeignRateSets.TT140_ID, "61.5");
        withKorea(laptopSets, BuiltInForeignRateSets.TT102_ID, "50");
        ForeignRateSet serverTt102 = withKorea(new JdbcForeignRateSetRepository(server), BuiltInForeignRateSets.TT102_ID, "55");

        new StoreTransfer(laptop, server, messages).copy(Map.of());

        long serverId = new JdbcDelegationRepository(server).findSummaries().stream()
                .filter(d -> d.title().equals("Đoàn công tác tại Hàn Quốc (dữ liệu thử)")).findFirst().orElseThrow().id();
        SavedOutbound copied = new JdbcOutboundRepository(server).find(serverId).orElseThrow();
        assertThat(copied).isEqualTo(new SavedOutbound(OutboundSamples.plan(serverId), OutboundSamples.inputs()));
        assertThat(copied.plan().exchangeRate().vndPerUnit().toString()).isEqualTo("25345.5");
        assertThat(copied.plan().legs().get(0).departureLocal()).hasToString("2026-04-05T23:50");
        List<ForeignRateSet> onServer = new JdbcForeignRateSetRepository(server).findAll();
        assertThat(onServer).as("the test set, and the figures of a built-in set the server held as shipped")
                .contains(OutboundSamples.testRates(), tt140);
        assertThat(onServer).as("a set the server's finance office changed stays as it is").contains(serverTt102);
        assertThat(new JdbcOutboundRepository(server).find(onServerIdOf(SampleDelegation.create().title()))).as("domestic")
                .isEmpty();
    }

    private long onServerIdOf(String title) {
        return new JdbcDelegationRepository(server).findSummaries().stream().filter(d -> d.title().equals(title)).findFirst()
                .orElseThrow().id();
    }

    /** Korea at {@code perDiem} USD a day (TEST DATA) in the built-in set {@code id} of {@code sets}, as saved. */
    private static ForeignRateSet withKorea(JdbcForeignRateSetRepository sets, String id, String perDiem) {
        ForeignRateSet set = sets.findAll().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()
                .withRates(List.of(CountryRate.country("KR", "Hàn Quốc", Currency.getInstance("USD"), new BigDecimal(perDiem), null,
                        "Dữ liệu thử", false)));
        sets.save(set);
        return set;
    }

    @Test
    void theServerRecordsTheCopyWithTheLaptopsBackupsAndTheAuditListShowsIt() throws Exception {
        Path backups = Files.createDirectories(dataDir.resolve("backups"));
        Path older = Files.write(backups.resolve("delegation-desk-20261206-080000.zip"), new byte[1234]);
        Path newer = Files.write(backups.resolve("delegation-desk-20261207-101500.zip"), new byte[5678]);
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-12-06T01:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-12-07T03:15:00Z")));

        TransferResult result = new StoreTransfer(laptop, server, messages).copy(Map.of());

        assertThat(result.backups()).isEqualTo(2);
        TransferRecord recorded = new JdbcTransferLog(server).all().get(0);
        assertThat(recorded.by()).isEqualTo(EmbeddedServer.USER);
        assertThat(recorded.folder()).isEqualTo(dataDir.toAbsolutePath().toString());
        assertThat(recorded.delegations()).isEqualTo(1);
        assertThat(recorded.members()).isEqualTo(37);
        assertThat(recorded.backups()).extracting(BackupFile::name, BackupFile::sizeBytes).containsExactly(
                tuple("delegation-desk-20261207-101500.zip", 5678L), tuple("delegation-desk-20261206-080000.zip", 1234L));
        long serverSample = new JdbcDelegationRepository(server).findSummaries().get(0).id();
        List<AuditEntry> trail = new JdbcApprovalTrail(server, () -> User.everyRole("quản trị")).trail(serverSample);
        AuditEntry last = trail.get(trail.size() - 1);
        assertThat(last.action()).isEqualTo(AuditAction.TRANSFERRED);
        assertThat(last.who()).isEqualTo(EmbeddedServer.USER);
        assertThat(messages.get(last.action().labelKey(), last.detail())).startsWith("Chuyển dữ liệu lên máy chủ từ máy ")
                .contains("(thư mục dữ liệu " + dataDir.toAbsolutePath() + "); các bản sao lưu vẫn ở máy đó: 2 bản, mới nhất"
                        + " delegation-desk-20261207-101500.zip lúc ");
    }

    @Test
    void aClashIsRefusedWithNothingWrittenUntilTheUserChooses() {
        new StoreTransfer(laptop, server, messages).copy(Map.of());
        long other = new JdbcDelegationRepository(laptop).insert(other());
        StoreTransfer again = new StoreTransfer(laptop, server, messages);

        assertThat(again.clashes()).extracting(Clash::laptopId).containsExactly(sampleId);
        assertThatThrownBy(() -> again.copy(Map.of())).isInstanceOfSatisfying(TransferRefused.class, refused -> {
            assertThat(messages.get(refused.messageKey(), refused.args().toArray())).isEqualTo("Máy chủ đã có 1 đoàn trùng với"
                    + " đoàn trên máy này (cùng tên đoàn, ngày đi và cơ quan tổ chức): «" + SampleDelegation.create().title()
                    + "». Chưa chuyển gì; hãy chọn bỏ qua hoặc chuyển với tên mới cho từng đoàn.");
            assertThat(refused.clashes()).extracting(Clash::laptopId).containsExactly(sampleId);
        });
        assertThat(new JdbcDelegationRepository(server).findSummaries()).hasSize(1);
        assertThat(other).isPositive();
    }

    @Test
    void aClashCanBeSkippedOrCopiedRenamed() {
        new StoreTransfer(laptop, server, messages).copy(Map.of());
        new JdbcDelegationRepository(laptop).insert(other());

        TransferResult skipped = new StoreTransfer(laptop, server, messages).copy(Map.of(sampleId, ClashChoice.SKIP));
        assertThat(skipped.delegations()).isEqualTo(1);
        assertThat(skipped.skipped()).isEqualTo(1);
        assertThat(skipped.rateSetsOnServer()).isEqualTo(new JdbcRateSetRepository(laptop).findAll().size());
        assertThat(skipped.rateSets()).isZero();
        assertThat(skipped.bodies()).isZero();
        assertThat(skipped.serverDelegations()).isEqualTo(2);

        new JdbcDelegationRepository(laptop).delete(new JdbcDelegationRepository(laptop).findSummaries().stream()
                .filter(s -> s.id() != sampleId).findFirst().orElseThrow().id());
        TransferResult renamed = new StoreTransfer(laptop, server, messages).copy(Map.of(sampleId, ClashChoice.RENAME));
        assertThat(renamed.delegations()).isEqualTo(1);
        assertThat(renamed.renamed()).isEqualTo(1);
        assertThat(new JdbcDelegationRepository(server).findSummaries()).extracting(DelegationSummary::title)
                .contains(SampleDelegation.create().title() + " (bản chuyển lên máy chủ)");

        TransferResult renamedAgain = new StoreTransfer(laptop, server, messages).copy(Map.of(sampleId, ClashChoice.RENAME));
        assertThat(renamedAgain.renamed()).isEqualTo(1);
        assertThat(new JdbcDelegationRepository(server).findSummaries()).extracting(DelegationSummary::title)
                .contains(SampleDelegation.create().title() + " (bản chuyển lên máy chủ 2)").hasSize(4);
    }
}
