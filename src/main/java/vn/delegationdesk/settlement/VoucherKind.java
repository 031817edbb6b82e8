package vn.delegationdesk.settlement;

/** The kinds of supporting voucher TT 40/2017 Art. 10 asks for (chứng từ thanh toán). */
public enum VoucherKind {
    /** Vé tàu, xe, máy bay. */
    TICKET,
    /** Thẻ lên máy bay. */
    BOARDING_PASS,
    /** Hóa đơn (phòng nghỉ, dịch vụ). */
    INVOICE,
    /** Hợp đồng (thuê xe, hội trường). */
    CONTRACT,
    /** Biên lai, phiếu thu. */
    RECEIPT
}
