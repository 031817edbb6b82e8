package vn.delegationdesk.delegation.member.roster;

import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;

/**
 * The words of a member list for gender, role and payroll, as the importer reads them (compared by
 * {@link HeaderNames#key}, so without accents and case) and as the exporter writes them. Part of the workbook
 * format, like {@link HeaderNames}. The payroll words are shared with the conference desk's delegate import.
 */
public final class RosterVocabulary {
    private static final Map<String, Gender> GENDERS = Map.of("nam", Gender.MALE, "m", Gender.MALE, "male", Gender.MALE,
            "nu", Gender.FEMALE, "f", Gender.FEMALE, "female", Gender.FEMALE);
    private static final Map<String, DelegationRole> ROLES = Map.ofEntries(
            Map.entry("truong doan", DelegationRole.HEAD), Map.entry("pho doan", DelegationRole.DEPUTY),
            Map.entry("pho truong doan", DelegationRole.DEPUTY), Map.entry("thanh vien", DelegationRole.MEMBER),
            Map.entry("thanh vien doan", DelegationRole.MEMBER), Map.entry("thu ky", DelegationRole.SECRETARY),
            Map.entry("thu ky doan", DelegationRole.SECRETARY));
    private static final Map<String, Boolean> PAYROLL = Map.of("x", true, "co", true, "1", true, "true", true, "yes", true,
            "khong", false, "0", false, "false", false, "no", false);

    private RosterVocabulary() {
    }

    /** Nam/Nữ (also nam, nu, M, F); blank is UNSPECIFIED; empty for anything else. */
    static Optional<Gender> gender(String text) {
        String key = HeaderNames.key(text);
        return key.isEmpty() ? Optional.of(Gender.UNSPECIFIED) : Optional.ofNullable(GENDERS.get(key));
    }

    /** Trưởng đoàn, Phó đoàn, Thành viên, Thư ký (any case, accents optional); blank is MEMBER. */
    static Optional<DelegationRole> role(String text) {
        String key = HeaderNames.key(text);
        return key.isEmpty() ? Optional.of(DelegationRole.MEMBER) : Optional.ofNullable(ROLES.get(key));
    }

    /** x, Có, 1, TRUE mean on the payroll; blank, Không, 0, FALSE mean not. */
    public static Optional<Boolean> payroll(String text) {
        String key = HeaderNames.key(text);
        return key.isEmpty() ? Optional.of(false) : Optional.ofNullable(PAYROLL.get(key));
    }

    static String genderWord(Gender gender) {
        return switch (gender) {
            case MALE -> "Nam";
            case FEMALE -> "Nữ";
            case UNSPECIFIED -> "";
        };
    }

    static String roleWord(DelegationRole role) {
        return switch (role) {
            case HEAD -> "Trưởng đoàn";
            case DEPUTY -> "Phó đoàn";
            case MEMBER -> "Thành viên";
            case SECRETARY -> "Thư ký";
        };
    }

    static String payrollWord(boolean onPayroll) {
        return onPayroll ? "Có" : "Không";
    }
}
