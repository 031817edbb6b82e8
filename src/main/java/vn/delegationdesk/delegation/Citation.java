package vn.delegationdesk.delegation;

import java.util.Locale;
import java.util.Set;

/**
 * How a document cites an earlier one. Legal documents (a law, decree, circular, a decision on the body's
 * functions) are grounds: "Căn cứ …". Party documents and the plans or programmes being carried out are
 * implemented: "Thực hiện …". A plan or decision lists its "Căn cứ" lines before its "Thực hiện" lines.
 */
public enum Citation {
    GROUNDS("Căn cứ"),
    IMPLEMENTS("Thực hiện");

    /** Kinds of document that are carried out rather than relied on. */
    private static final Set<String> IMPLEMENTED_KINDS = Set.of("kế hoạch", "chương trình", "kết luận", "chỉ thị",
            "đề án", "công văn", "thông báo");
    /** Words of a Party body's name ("Thành ủy Hà Nội", "Ban Chấp hành Trung ương"). */
    private static final Set<String> PARTY_BODIES = Set.of("thành ủy", "thành uỷ", "tỉnh ủy", "tỉnh uỷ", "huyện ủy",
            "huyện uỷ", "ban chấp hành", "bộ chính trị", "ban bí thư", "đảng ủy", "đảng uỷ");

    private final String word;

    Citation(String word) {
        this.word = word;
    }

    /** "Căn cứ" or "Thực hiện". */
    public String word() {
        return word;
    }

    /** The citation a basis takes from its kind, number and issuer: Party documents and plans are carried out. */
    public static Citation of(LegalBasis basis) {
        String kind = basis.kind().toLowerCase(Locale.ROOT);
        String issuer = basis.issuer().toLowerCase(Locale.ROOT);
        String number = basis.number().toUpperCase(Locale.ROOT);
        boolean party = number.endsWith("/TW") || number.endsWith("/TU") || number.endsWith("/TƯ")
                || PARTY_BODIES.stream().anyMatch(issuer::contains);
        return party || IMPLEMENTED_KINDS.contains(kind) ? IMPLEMENTS : GROUNDS;
    }
}
