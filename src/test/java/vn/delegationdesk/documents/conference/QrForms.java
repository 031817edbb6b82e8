package vn.delegationdesk.documents.conference;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * The drawing (the squares of the content stream) of the QR code of a payload, made the way the PDF writer makes it: what
 * an invitation's form XObject must hold for a scanner to read that payload. No QR decoder is among the test libraries,
 * so the code is compared with the one the payload encodes to.
 */
final class QrForms {
    private QrForms() {
    }

    static byte[] squares(String payload) {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()))) {
            pdf.addNewPage();
            BarcodeQRCode qr = new BarcodeQRCode(payload,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            PdfFormXObject form = qr.createFormXObject(ColorConstants.BLACK, pdf);
            return form.getPdfObject().getBytes(true);
        }
    }
}
