package vn.delegationdesk.app.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.DocumentKind;
import vn.delegationdesk.reading.source.Seed000;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.SourceReading;
import vn.delegationdesk.reading.source.docx.Seed000Docx;
import vn.delegationdesk.reading.source.pdf.SeedPdf;

class DocumentReadingTest {
    private final DocumentReading reading = new DocumentReading();
    private final Messages messages = new Messages();

    @TempDir
    Path dir;

    private String refusal(Path file) {
        SourceException refused = (SourceException) catchThrowable(() -> reading.open(file));
        return messages.describeFailure(refused, "; ");
    }

    @Test
    void aWordDocumentOfSeed000IsReadByItsExtensionAndTakenForADelegationsPlan() throws IOException {
        Path file = dir.resolve("KE HOACH DOAN.DOCX");
        Seed000Docx.write(file);

        SourceReading source = reading.open(file);

        assertThat(source.document().name()).isEqualTo("KE HOACH DOAN.DOCX");
        assertThat(source.document().passages()).hasSize(Seed000Docx.passages().size());
        assertThat(reading.kindOf(source.document())).contains(DocumentKind.DELEGATION);
        DocumentReading.Draft draft = reading.read(source.document(), DocumentKind.DELEGATION);
        assertThat(draft.delegation()).isPresent();
        assertThat(draft.plan()).isEmpty();
    }

    @Test
    void aPdfOfSeed000IsReadByItsExtensionAndTakenForADelegationsPlan() throws IOException {
        Path file = dir.resolve("Ke hoach doan.PDF");
        SeedPdf.write(file, Seed000.lines(), true);

        SourceReading source = reading.open(file);

        assertThat(source.document().name()).isEqualTo("Ke hoach doan.PDF");
        assertThat(source.document().passages().get(0).text()).isEqualTo("KẾ HOẠCH");
        assertThat(reading.kindOf(source.document())).contains(DocumentKind.DELEGATION);
    }

    @Test
    void aWordDocumentRenamedPdfIsRefusedSayingWhatItIs() throws IOException {
        Path file = dir.resolve("ke-hoach.pdf");
        Seed000Docx.write(file);
        assertThat(refusal(file)).isEqualTo("Tệp ke-hoach.pdf là một văn bản Word, bảng tính Excel hoặc tệp nén (ZIP), không phải tệp "
                + "PDF nên không đọc được; hãy đặt lại đuôi tệp đúng với loại tệp rồi mở lại.");
    }

    @Test
    void pastedTextIsReadAsTextAndAPlanByItsContent() throws IOException {
        SourceReading source = reading.pasted("Văn bản dán", Seed000.text());
        assertThat(reading.kindOf(source.document())).contains(DocumentKind.DELEGATION);

        SourceReading plan = reading.pasted("Văn bản dán", "KẾ HOẠCH\nTuyên truyền năm 2026\nII. NHIỆM VỤ\n1. Tổ chức hội thảo\n");
        assertThat(reading.kindOf(plan.document())).isEqualTo(Optional.of(DocumentKind.PLAN));
        DocumentReading.Draft draft = reading.read(plan.document(), DocumentKind.PLAN);
        assertThat(draft.plan().orElseThrow().plan().title()).isEqualTo("Tuyên truyền năm 2026");
    }

    @Test
    void aDocAndAnUnknownExtensionAreRefusedNamingTheFile() throws IOException {
        assertThat(refusal(Files.writeString(dir.resolve("cu.doc"), "x")))
                .isEqualTo("Tệp cu.doc là văn bản Word 97–2003 (.doc), chưa đọc được: hãy mở bằng Word và lưu thành .docx.");
        assertThat(refusal(Files.writeString(dir.resolve("bang.xlsx"), "x"))).isEqualTo("Tệp bang.xlsx không đọc được: chỉ đọc được "
                + "văn bản Word (.docx), tệp PDF có lớp chữ (.pdf) và văn bản thuần (.txt); văn bản .doc hãy mở bằng Word và lưu thành "
                + ".docx.");
        assertThatThrownBy(() -> reading.open(dir.resolve("khong-co.txt"))).isInstanceOf(SourceException.class);
    }
}
