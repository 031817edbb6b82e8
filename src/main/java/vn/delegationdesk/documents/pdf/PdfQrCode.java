package vn.delegationdesk.documents.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import java.util.Map;
import vn.delegationdesk.documents.layout.QrCode;

/** A {@link QrCode} drawn as vectors (a form XObject of black squares), error correction M, UTF-8, left of the column. */
final class PdfQrCode {
    private PdfQrCode() {
    }

    static Div of(QrCode code, PdfDocument pdf) {
        BarcodeQRCode qr = new BarcodeQRCode(PdfText.nfc(code.payload()),
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        float side = PdfText.mm(code.sizeMm());
        Image image = new Image(qr.createFormXObject(ColorConstants.BLACK, pdf)).scaleToFit(side, side);
        return new Div().add(image).setMarginTop(0).setMarginBottom(0);
    }
}
