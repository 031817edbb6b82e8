package vn.delegationdesk.documents.settlement;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentWriteException;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.WorkingNotes;
import vn.delegationdesk.documents.PdfFiles;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementSheet;

/**
 * The Bảng kê thanh toán công tác phí as PDF, laid out by {@link SettlementSheetBuilder}, and beside it the Giấy đề nghị
 * thanh toán tạm ứng ({@link AdvanceClaimBuilder}), each passed through
 * {@link WorkingNotes} (sample-data and unverified marks stay on screen), written through a temporary file beside the
 * target and moved over it, as the other documents are. The PDF writer is taken on first use (its fonts load then).
 */
public final class SettlementSheetService {
    private static final String KIND = "documents.settlement.kind";
    private static final String CLAIMS_KIND = "documents.settlement.advanceClaims.kind";
    private final Supplier<DocumentWriter> writerSource;
    private DocumentWriter writer;

    public SettlementSheetService(Supplier<DocumentWriter> pdfWriter) {
        this.writerSource = Objects.requireNonNull(pdfWriter, "pdfWriter");
    }

    /** The document laid out, notes and all, as a preview shows it. */
    public PrintedDocument layout(Delegation delegation, DocumentSettings settings, SettlementFormSettings form,
            Settlement settlement, SettlementSheet sheet) {
        return new SettlementSheetBuilder(form).build(delegation, settings, settlement.settlementDate(), sheet);
    }

    /**
     * The PDF's bytes, without the working notes that stay on screen.
     *
     * @throws DocumentWriteException naming the file when the document cannot be made
     */
    public byte[] render(Delegation delegation, DocumentSettings settings, SettlementFormSettings form, Settlement settlement,
            SettlementSheet sheet) {
        return pdf(() -> layout(delegation, settings, form, settlement, sheet), KIND, fileName(delegation));
    }

    /**
     * Writes the PDF to {@code target}, replacing it only once the whole document was written.
     *
     * @throws DocumentWriteException with the Vietnamese sentence naming the file and the reason; the old file (if any)
     *         is then as it was
     */
    public void write(Delegation delegation, DocumentSettings settings, SettlementFormSettings form, Settlement settlement,
            SettlementSheet sheet, Path target) {
        replace(target, render(delegation, settings, form, settlement, sheet));
    }

    /** Whether anyone was given an advance, so that there is a Giấy đề nghị thanh toán tạm ứng to print. */
    public static boolean hasAdvanceClaims(Settlement settlement) {
        return !settlement.advances().isEmpty();
    }

    /**
     * The Giấy đề nghị thanh toán tạm ứng laid out, notes and all: one page per member given an advance (in the sheet's
     * order) and one for the delegation's own advance, dated on the settlement's date.
     *
     * @throws IllegalArgumentException when nobody was given an advance ({@link #hasAdvanceClaims(Settlement)})
     */
    public PrintedDocument layoutAdvanceClaims(Delegation delegation, DocumentSettings settings, AdvanceClaimFormSettings form,
            Settlement settlement, SettlementSheet sheet) {
        return new AdvanceClaimBuilder(form).build(delegation, settings, settlement.settlementDate(),
                AdvanceClaim.of(settlement, sheet));
    }

    /**
     * The Giấy đề nghị thanh toán tạm ứng as PDF bytes, without the working notes.
     *
     * @throws DocumentWriteException naming the file when the document cannot be made, saying so when nobody was given an
     *         advance
     */
    public byte[] renderAdvanceClaims(Delegation delegation, DocumentSettings settings, AdvanceClaimFormSettings form,
            Settlement settlement, SettlementSheet sheet) {
        if (!hasAdvanceClaims(settlement)) {
            throw new DocumentWriteException("documents.error.cannotMake", List.of(Phrase.of(CLAIMS_KIND),
                    advanceClaimsFileName(delegation), Phrase.of("documents.reason.noAdvance")), "no advance", null);
        }
        return pdf(() -> layoutAdvanceClaims(delegation, settings, form, settlement, sheet), CLAIMS_KIND,
                advanceClaimsFileName(delegation));
    }

    /** As {@link #write}, for the Giấy đề nghị thanh toán tạm ứng. */
    public void writeAdvanceClaims(Delegation delegation, DocumentSettings settings, AdvanceClaimFormSettings form,
            Settlement settlement, SettlementSheet sheet, Path target) {
        replace(target, renderAdvanceClaims(delegation, settings, form, settlement, sheet));
    }

    /** "Giay-de-nghi-thanh-toan-tam-ung_Dak-Lak-Lam-Dong_10-2025.pdf": the name the advance claims are offered under. */
    public static String advanceClaimsFileName(Delegation delegation) {
        return FileNames.forDelegation("Giấy đề nghị thanh toán tạm ứng", delegation, "pdf");
    }

    private byte[] pdf(Supplier<PrintedDocument> layout, String kind, String fileName) {
        return PdfFiles.render(writer(), layout, kind, fileName);
    }

    private static void replace(Path target, byte[] bytes) {
        PdfFiles.replace(target, bytes);
    }

    /** "Bang-ke-C17-HD_Dak-Lak-Lam-Dong_10-2025.pdf": the name the file is offered under. */
    public static String fileName(Delegation delegation) {
        return FileNames.forDelegation("Bảng kê C17-HD", delegation, "pdf");
    }

    private synchronized DocumentWriter writer() {
        if (writer == null) {
            writer = Objects.requireNonNull(writerSource.get(), "writer");
        }
        return writer;
    }
}
