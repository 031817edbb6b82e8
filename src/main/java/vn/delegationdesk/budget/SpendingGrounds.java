package vn.delegationdesk.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.delegation.LegalBasis;

/**
 * The spending rules an estimate rests on, as legal bases the plan and the decision can cite ("Căn cứ Thông tư số
 * 40/2017/TT-BTC …"): the circulars behind the national rate set (TT 12/2025 amends TT 40/2017, so both are cited)
 * and the local resolution, if one is used. The built-in circulars carry their signing date and subject; a set the
 * user made is cited by its name, number and issuer only.
 */
public final class SpendingGrounds {
    private static final String MOF = "Bộ Tài chính";
    private static final String TT40_SUBJECT = "quy định chế độ công tác phí, chế độ chi hội nghị";
    private static final LegalBasis TT40 = new LegalBasis("Thông tư", "40/2017/TT-BTC", LocalDate.of(2017, 4, 28), MOF,
            TT40_SUBJECT);
    private static final LegalBasis TT12 = new LegalBasis("Thông tư", "12/2025/TT-BTC", LocalDate.of(2025, 3, 19), MOF,
            "sửa đổi, bổ sung một số điều của Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ trưởng Bộ Tài chính "
                    + TT40_SUBJECT);

    private SpendingGrounds() {
    }

    /** The bases of the rates in {@code book}, national first; none when no set is chosen. */
    public static List<LegalBasis> of(RateBook book) {
        List<LegalBasis> bases = new ArrayList<>();
        if (book.national() != null) {
            bases.addAll(national(book.national()));
        }
        if (book.local() != null) {
            bases.add(cited(book.local()));
        }
        return bases;
    }

    /** The bases in {@code offered} that {@code present} does not cite yet (same number), in order. */
    public static List<LegalBasis> missing(List<LegalBasis> present, List<LegalBasis> offered) {
        return offered.stream().filter(basis -> present.stream().noneMatch(p -> sameNumber(p, basis))).toList();
    }

    private static List<LegalBasis> national(RateSet set) {
        return switch (set.id()) {
            case BuiltInRateSets.TT40_ID -> List.of(TT40);
            case BuiltInRateSets.TT12_ID -> List.of(TT40, TT12);
            default -> List.of(cited(set));
        };
    }

    /** "Nghị quyết 05/2025/NQ-HĐND Hà Nội" numbered "05/2025/NQ-HĐND" is a "Nghị quyết". */
    private static LegalBasis cited(RateSet set) {
        String name = set.name();
        int at = set.documentNumber().isEmpty() ? -1 : name.indexOf(set.documentNumber());
        String kind = at > 0 ? name.substring(0, at).strip() : name;
        return new LegalBasis(kind, set.documentNumber(), null, set.issuer(), "");
    }

    private static boolean sameNumber(LegalBasis a, LegalBasis b) {
        return !b.number().isEmpty() && normal(a.number()).equals(normal(b.number()));
    }

    private static String normal(String number) {
        return number.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
