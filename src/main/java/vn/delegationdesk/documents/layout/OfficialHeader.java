package vn.delegationdesk.documents.layout;

/**
 * The two-column header of page 1 (Nghị định 30/2020): parent body (capitals, upright) and issuing body
 * (capitals, bold, short line below) over the number line on the left; the national name and motto (bold,
 * line below) over the italic place-and-date line on the right. Either line may be a draft with blanks.
 */
public record OfficialHeader(String parentBody, String issuingBody, String numberLine, String placeDateLine) {
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
}
