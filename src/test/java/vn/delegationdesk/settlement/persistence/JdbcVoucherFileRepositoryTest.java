package vn.delegationdesk.settlement.persistence;

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
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.SettlementLimits;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherFile;
import vn.delegationdesk.settlement.VoucherFileException;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * Voucher files kept in the store on both kinds: attached, listed, read back byte for byte (up to the 20 MB limit) after
 * a restart, removed; a refused file leaves nothing stored; a delegation with files is not deleted.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcVoucherFileRepositoryTest {
    static final Instant NOW = Instant.parse("2025-10-21T02:30:00.123Z");
    static final Voucher INVOICE = new Voucher(VoucherKind.INVOICE, "0001234", LocalDate.of(2025, 10, 16),
            "Khách sạn Biển Xanh", 2_400_000L);
    static final Voucher TICKET = new Voucher(VoucherKind.TICKET, "738-0001", LocalDate.of(2025, 10, 10),
            "Vietnam Airlines", 3_400_000L);

    @RegisterExtension
    final TestStores stores;

    @TempDir
    Path dir;

    JdbcVoucherFileRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    static VoucherFiles service(Store store) {
        return new VoucherFiles(new JdbcVoucherFileRepository(store), RoleGate.everyRole(() -> "Phạm Thu Hà"),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A PDF of {@code size} bytes: the signature, then bytes of every value. */
    static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    @Test
    void filesAreReadBackByteForByteAfterARestartAndRemoved() throws IOException {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        byte[] scan = pdf((int) VoucherFiles.MAX_BYTES, 14);
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0, (byte) 0x80, 0x7F, 0};
        VoucherFiles files = service(store);

        VoucherFile invoice = files.attach(id, INVOICE, Files.write(dir.resolve("Hóa đơn 0001234.pdf"), scan));
        VoucherFile ticket = files.attach(id, TICKET, Files.write(dir.resolve("vé.jpg"), photo));

        assertThat(invoice.size()).isEqualTo(20_971_520L);
        assertThat(invoice.attachedAt()).isEqualTo(NOW);
        assertThat(invoice.attachedBy()).isEqualTo("Phạm Thu Hà");
        assertThat(files.list(id)).containsExactly(invoice, ticket);
        store.close();

        Store reopened = stores.open();
        JdbcVoucherFileRepository repository = new JdbcVoucherFileRepository(reopened);
        assertThat(repository.list(id)).as("after a restart").containsExactly(invoice, ticket);
        assertThat(repository.list(id)).extracting(VoucherFile::fileName, VoucherFile::mediaType)
                .containsExactly(tuple("Hóa đơn 0001234.pdf", "application/pdf"),
                        tuple("vé.jpg", "image/jpeg"));
        assertThat(repository.content(invoice.id())).isEqualTo(scan);
        assertThat(repository.content(ticket.id())).isEqualTo(photo);
        assertThat(repository.find(ticket.id())).contains(ticket);
        Path saved = dir.resolve("mở ra.pdf");
        service(reopened).exportTo(invoice.id(), saved);
        assertThat(Files.readAllBytes(saved)).isEqualTo(scan);

        assertThat(repository.remove(invoice.id())).isTrue();
        assertThat(repository.remove(invoice.id())).isFalse();
        assertThat(repository.list(id)).containsExactly(ticket);
        assertThat(repository.find(invoice.id())).isEmpty();
        assertThatThrownBy(() -> repository.content(invoice.id())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aRefusedFileLeavesNothingStored() throws IOException {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcVoucherFileRepository repository = new JdbcVoucherFileRepository(store);
        Path word = Files.write(dir.resolve("hoadon.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        assertThatThrownBy(() -> service(store).attach(id, INVOICE, word)).isInstanceOf(VoucherFileException.class);
        String longName = "a".repeat(SettlementLimits.FILE_NAME.maxLength() + 1);
        assertThatThrownBy(() -> repository.attach(id, "Khách sạn Biển Xanh", "0001234", longName, "application/pdf",
                pdf(100, 1), "Hà", NOW)).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.userMessage(new Messages()))
                .startsWith("Có nội dung dài quá giới hạn lưu trữ"));
        assertThatThrownBy(() -> repository.attach(id + 1000, "Khách sạn Biển Xanh", "0001234", "hoadon.pdf",
                "application/pdf", pdf(100, 1), "Hà", NOW)).as("no such delegation")
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.messageKey()).isEqualTo("store.error.operationFailed"));
        assertThatThrownBy(() -> repository.attach(id, "Khách sạn Biển Xanh", "0001234", "hoadon.gif", "image/gif",
                new byte[] {'G', 'I', 'F', '8', '9', 'a'}, "Hà", NOW)).isInstanceOf(StoreException.class);

        assertThat(repository.list(id)).isEmpty();
    }

    @Test
    void aDelegationWithFilesIsNotDeletedUntilTheyAreRemoved() throws IOException {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long id = delegations.insert(SampleDelegation.create());
        VoucherFiles files = service(store);
        VoucherFile kept = files.attach(id, INVOICE, Files.write(dir.resolve("hoadon.pdf"), pdf(2_000, 3)));

        assertThatThrownBy(() -> delegations.delete(id)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.userMessage(new Messages())).isEqualTo("Đoàn này đã có tệp chứng từ đính kèm bảng thanh toán"
                        + " sau chuyến đi nên không xóa được; dữ liệu chưa bị thay đổi. Hãy gỡ các tệp chứng từ của đoàn trước"
                        + " nếu thật sự muốn xóa đoàn."));
        assertThat(delegations.findById(id)).isPresent();
        assertThat(files.list(id)).containsExactly(kept);

        assertThat(files.remove(kept.id())).isTrue();
        assertThat(delegations.delete(id)).isTrue();
    }
}
