package vn.delegationdesk.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Attaching the scan or PDF of a voucher copies its bytes in and keeps nothing of where it was; a file that is not a PDF,
 * PNG or JPEG by its first bytes, over 20 MB, empty or unreadable is refused with a sentence naming it, and nothing is
 * stored; the finance role is needed; a stored file is saved out byte for byte.
 */
class VoucherFilesTest {
    static final byte[] PDF = "%PDF-1.7\n% hóa đơn 0001234\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    /** The start of a .docx: a ZIP. */
    static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    static final Voucher INVOICE = new Voucher(VoucherKind.INVOICE, "0001234", LocalDate.of(2025, 10, 16),
            "Khách sạn Biển Xanh", 2_400_000L);
    static final Voucher TICKET = new Voucher(VoucherKind.TICKET, "738-0001", LocalDate.of(2025, 10, 10),
            "Vietnam Airlines", 3_400_000L);
    private static final Instant NOW = Instant.parse("2025-10-21T02:30:00Z");
    private static final long DELEGATION = 7;

    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final MemoryVoucherFileRepository repository = new MemoryVoucherFileRepository();
    private final VoucherFiles files = service(Set.of(Role.FINANCE));

    private VoucherFiles service(Set<Role> roles) {
        return new VoucherFiles(repository, new RoleGate(() -> new User("ke_toan", roles)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> files.attach(DELEGATION, INVOICE, file)).isInstanceOfSatisfying(VoucherFileException.class,
                e -> assertThat(messages.describeFailure(e, " ")).isEqualTo(message));
        assertThat(files.list(DELEGATION)).as("nothing stored").isEmpty();
    }

    @Test
    void aPdfIsCopiedInAndNothingOfWhereItWasIsKept() throws IOException {
        Path source = write("hoadon-0001234.pdf", PDF);

        VoucherFile attached = files.attach(DELEGATION, INVOICE, source);
        Files.delete(source);

        assertThat(attached.fileName()).isEqualTo("hoadon-0001234.pdf");
        assertThat(attached.mediaType()).isEqualTo("application/pdf");
        assertThat(attached.size()).isEqualTo(36L);
        assertThat(attached.sha256()).isEqualTo("e637333135951f9a1d5bf35cc5ec0484cfc34fdd40d0882029c34c49dbfa53cc");
        assertThat(attached.supplier()).isEqualTo("Khách sạn Biển Xanh");
        assertThat(attached.voucherNumber()).isEqualTo("0001234");
        assertThat(attached.attachedBy()).isEqualTo("ke_toan");
        assertThat(attached.attachedAt()).isEqualTo(NOW);
        assertThat(files.list(DELEGATION)).containsExactly(attached);
        assertThat(files.filesOf(DELEGATION, INVOICE)).containsExactly(attached);
        assertThat(files.filesOf(DELEGATION, TICKET)).isEmpty();

        Path saved = dir.resolve("mo-ra.pdf");
        files.exportTo(attached.id(), saved);
        assertThat(Files.readAllBytes(saved)).as("the original is gone, the copy is whole").isEqualTo(PDF);
    }

    @Test
    void imagesAreJudgedByTheirFirstBytesNotTheirNames() throws IOException {
        VoucherFile png = files.attach(DELEGATION, TICKET, write("ve-may-bay.dat", PNG));
        VoucherFile jpeg = files.attach(DELEGATION, TICKET, write("the-len-may-bay", JPEG));

        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(files.filesOf(DELEGATION, TICKET)).extracting(VoucherFile::fileName)
                .containsExactly("ve-may-bay.dat", "the-len-may-bay");
    }

    @Test
    void aWordFileIsRefusedEvenWhenRenamedToPdf() throws IOException {
        assertRefused(write("hoadon.docx", DOCX), "Tệp chứng từ «hoadon.docx»: không phải tệp PDF hay ảnh PNG, JPEG (xét theo"
                + " nội dung tệp, không theo đuôi tên tệp); hãy quét hoặc lưu chứng từ thành PDF hay ảnh rồi đính kèm.");
        assertRefused(write("hoadon.pdf", DOCX), "Tệp chứng từ «hoadon.pdf»: không phải tệp PDF hay ảnh PNG, JPEG (xét theo"
                + " nội dung tệp, không theo đuôi tên tệp); hãy quét hoặc lưu chứng từ thành PDF hay ảnh rồi đính kèm.");
    }

    @Test
    void aFileOver20MegabytesIsRefusedByItsSizeAndOneOfExactly20IsTaken() throws IOException {
        Path big = dir.resolve("scan-600dpi.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(PDF);
            file.setLength(VoucherFiles.MAX_BYTES + 1);
        }
        assertRefused(big, "Tệp chứng từ «scan-600dpi.pdf»: dung lượng 20,1 MB, vượt quá giới hạn 20 MB; hãy quét lại với độ"
                + " phân giải thấp hơn hoặc tách thành nhiều tệp.");

        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(VoucherFiles.MAX_BYTES);
        }
        assertThat(files.attach(DELEGATION, INVOICE, big).size()).isEqualTo(20_971_520L);
    }

    @Test
    void anEmptyAMissingFileAndAFolderAreRefusedNamingTheFile() throws IOException {
        assertRefused(write("trong.pdf", new byte[0]), "Tệp chứng từ «trong.pdf»: tệp rỗng, không có nội dung để đính kèm.");
        assertRefused(dir.resolve("da-xoa.pdf"), "Tệp chứng từ «da-xoa.pdf»: không đọc được tệp (không tìm thấy tệp, có thể"
                + " tệp đã bị xóa hoặc di chuyển).");
        Path folder = Files.createDirectory(dir.resolve("chung-tu"));
        assertRefused(folder, "Tệp chứng từ «chung-tu»: không đọc được tệp (đường dẫn là một thư mục, không phải tệp).");
    }

    @Test
    void aVoucherWithoutNumberCannotTakeAFile() throws IOException {
        Voucher unnumbered = new Voucher(VoucherKind.RECEIPT, " ", LocalDate.of(2025, 10, 16), "Nhà hàng Phố Núi", 500_000L);
        Path receipt = write("bien-lai.jpg", JPEG);

        assertThatThrownBy(() -> files.attach(DELEGATION, unnumbered, receipt)).isInstanceOfSatisfying(VoucherFileException.class,
                e -> assertThat(messages.describeFailure(e, " ")).isEqualTo("Tệp chứng từ «bien-lai.jpg»: chứng từ chưa có số"
                        + " hoặc đơn vị cung cấp; hãy nhập số chứng từ và đơn vị cung cấp trước khi đính kèm tệp."));
        assertThat(files.list(DELEGATION)).isEmpty();
    }

    @Test
    void theSameContentTwiceOnOneVoucherIsRefusedButMayGoWithAnother() throws IOException {
        files.attach(DELEGATION, INVOICE, write("hoadon.pdf", PDF));

        assertThatThrownBy(() -> files.attach(DELEGATION, INVOICE, write("hoadon (1).pdf", PDF)))
                .isInstanceOfSatisfying(VoucherFileException.class, e -> assertThat(messages.describeFailure(e, " "))
                        .isEqualTo("Tệp chứng từ «hoadon (1).pdf»: chứng từ số «0001234» của «Khách sạn Biển Xanh» đã có tệp"
                                + " cùng nội dung đính kèm (tệp «hoadon.pdf»)."));
        files.attach(DELEGATION, TICKET, write("hoadon (1).pdf", PDF));
        assertThat(files.list(DELEGATION)).extracting(VoucherFile::fileName).containsExactly("hoadon.pdf", "hoadon (1).pdf");
    }

    @Test
    void attachingAndRemovingNeedTheFinanceRole() throws IOException {
        VoucherFile kept = files.attach(DELEGATION, INVOICE, write("hoadon.pdf", PDF));
        VoucherFiles organiser = service(Set.of(Role.ORGANISER));
        Path ticket = write("ve.png", PNG);

        String refusal = "Đính kèm tệp chứng từ: cần vai trò «Tài chính»; tài khoản ke_toan không có vai trò này";
        assertThat(organiser.whyNotAttach()).map(p -> messages.get(p.key(), p.args().toArray())).contains(refusal);
        assertThat(files.whyNotAttach()).isEmpty();

        assertThatThrownBy(() -> organiser.attach(DELEGATION, TICKET, ticket)).isInstanceOfSatisfying(RoleRefused.class,
                e -> assertThat(messages.describeFailure(e, " ")).isEqualTo(refusal));
        assertThatThrownBy(() -> organiser.remove(kept.id())).isInstanceOfSatisfying(RoleRefused.class,
                e -> assertThat(messages.describeFailure(e, " ")).isEqualTo("Gỡ tệp chứng từ: cần vai trò «Tài chính»; tài"
                        + " khoản ke_toan không có vai trò này"));
        assertThat(files.list(DELEGATION)).containsExactly(kept);

        assertThat(files.remove(kept.id())).isTrue();
        assertThat(files.remove(kept.id())).isFalse();
        assertThat(files.list(DELEGATION)).isEmpty();
    }

    @Test
    void whileTheBooksAreClosedNoFileIsAttachedOrRemoved() throws IOException {
        VoucherFile kept = files.attach(DELEGATION, INVOICE, write("hoadon.pdf", PDF));
        SettlementClosing closed = new SettlementClosing(1, NOW, "ke_toan", new Settlement(LocalDate.of(2025, 10, 30), List.of(),
                List.of(), List.of()), new SettlementTotals(0, 0, 0, 0, 0, 0, 0, 0), 0, null, null);
        List<SettlementClosing> closings = new ArrayList<>(List.of(closed));
        VoucherFiles guarded = new VoucherFiles(repository, RoleGate.everyRole(() -> "ke_toan"), Clock.fixed(NOW, ZoneOffset.UTC),
                id -> id == DELEGATION ? closings : List.of());
        Path ticket = write("ve.png", PNG);
        String refusal = "Sổ thanh toán của đoàn đã khóa: mở lại sổ trước khi sửa";

        assertThat(guarded.booksClosed(DELEGATION)).isTrue();
        assertThatThrownBy(() -> guarded.attach(DELEGATION, TICKET, ticket)).isInstanceOfSatisfying(SettlementClosed.class,
                e -> assertThat(messages.describeFailure(e, " ")).isEqualTo(refusal));
        assertThatThrownBy(() -> guarded.remove(kept.id())).isInstanceOfSatisfying(SettlementClosed.class,
                e -> assertThat(messages.describeFailure(e, " ")).isEqualTo(refusal));
        assertThat(guarded.list(DELEGATION)).containsExactly(kept);
        assertThat(guarded.attach(DELEGATION + 1, TICKET, ticket).delegationId()).as("another delegation's books are open")
                .isEqualTo(DELEGATION + 1);

        closings.set(0, new SettlementClosing(1, NOW, "ke_toan", closed.settlement(), closed.totals(), 0, NOW.plusSeconds(60),
                "ke_toan"));
        assertThat(guarded.booksClosed(DELEGATION)).isFalse();
        assertThat(guarded.attach(DELEGATION, TICKET, ticket).fileName()).isEqualTo("ve.png");
        assertThat(guarded.remove(kept.id())).isTrue();
    }

    @Test
    void savingOutARemovedFileOrIntoAMissingFolderSaysWhy() throws IOException {
        VoucherFile kept = files.attach(DELEGATION, INVOICE, write("hoadon.pdf", PDF));

        assertThatThrownBy(() -> files.exportTo(kept.id(), dir.resolve("khong-co/hoadon.pdf")))
                .isInstanceOfSatisfying(VoucherFileException.class, e -> assertThat(messages.describeFailure(e, " "))
                        .isEqualTo("Không ghi được tệp hoadon.pdf (thư mục không tồn tại); tệp cũ (nếu có) vẫn giữ nguyên."));
        Path old = write("ban-cu.pdf", JPEG);
        files.remove(kept.id());
        assertThatThrownBy(() -> files.exportTo(kept.id(), old)).isInstanceOfSatisfying(VoucherFileException.class,
                e -> assertThat(messages.describeFailure(e, " ")).isEqualTo("Tệp chứng từ này không còn trong dữ liệu (có thể"
                        + " vừa bị gỡ); không có nội dung để lưu ra."));
        assertThat(Files.readAllBytes(old)).isEqualTo(JPEG);
    }
}
