package vn.delegationdesk.documents.layout;

/**
 * The sizes Nghị định 30/2020 gives the parts of an administrative document, in points, shared by the PDF and the
 * Word writers so the two formats cannot drift apart.
 */
public final class OfficialMeasures {
    /** The header's left column (the bodies and the number) as a share of the text width; the rest is the nation's. */
    public static final float LEFT_SHARE = 0.4f;
    public static final float BODY_SIZE = 13;
    public static final float NATION_SIZE = 12;
    public static final float MOTTO_SIZE = 13;
    public static final float NUMBER_SIZE = 13;
    public static final float DATE_SIZE = 13;
    /** A header line too long for its column may go down to 12 pt before it is broken in two. */
    public static final float MIN_SIZE = 12;

    public static final String RECIPIENTS_LABEL = "Nơi nhận:";
    public static final float LABEL_SIZE = 12;
    public static final float RECIPIENT_SIZE = 11;
    public static final float AUTHORITY_SIZE = 14;
    public static final float NOTE_SIZE = 13;
    /** Room for the signature and the seal between the authority and the name. */
    public static final float SIGNATURE_SPACE = 60;

    /** Page numbers, centred in the top margin from page 2 on. */
    public static final float PAGE_NUMBER_SIZE = 13;
    /** The footer note that a document holds personal data. */
    public static final float FOOTER_SIZE = 10;

    private OfficialMeasures() {
    }
}
