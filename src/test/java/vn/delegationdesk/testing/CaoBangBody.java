package vn.delegationdesk.testing;

import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;

/** A second body the user works for: Cao Bằng's department, its director and a deputy who signs on his behalf. */
public final class CaoBangBody {
    public static final String NAME = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH";
    public static final String PARENT = "UBND TỈNH CAO BẰNG";
    public static final String CODE = "1125843";
    public static final Signer DIRECTOR = new Signer("", "", "GIÁM ĐỐC", "Nông Văn Hùng");
    public static final Signer DEPUTY = new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Thị Mai Lan");
    public static final LegalBasis AUTHORITY = new LegalBasis("Quyết định", "23/2023/QĐ-UBND", LocalDate.of(2023, 6, 15),
            "UBND tỉnh Cao Bằng", "việc quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, "
                    + "Thể thao và Du lịch tỉnh Cao Bằng");

    private CaoBangBody() {
    }

    /** Not stored yet (no id). */
    public static BodyProfile profile() {
        return new BodyProfile(null, new IssuingBody(PARENT, NAME, "SVHTTDL"), "Cao Bằng", CODE, AUTHORITY,
                List.of(DIRECTOR, DEPUTY));
    }
}
