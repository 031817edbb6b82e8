package vn.delegationdesk.delegation.body;

import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;

/**
 * A body the user works for, kept once and chosen when a delegation is created: its name and parent body, the
 * abbreviation of its numbers, the place its documents are dated at, its budget unit code (Mã QHNS, printed on
 * travel orders), the decision that gives it its functions (cited as a ground) and the people who sign for it.
 *
 * @param id null until stored
 * @param authorityBasis the body's authority basis ("Quyết định số 15/2025/QĐ-UBND … quy định chức năng, nhiệm vụ …");
 *     null when none is kept
 */
public record BodyProfile(Long id, IssuingBody body, String place, String budgetUnitCode, LegalBasis authorityBasis,
        List<Signer> signers) {
    public BodyProfile {
        body = Objects.requireNonNull(body, "body");
        place = Texts.clean(place);
        budgetUnitCode = Texts.clean(budgetUnitCode);
        if (authorityBasis != null && authorityBasis.number().isEmpty() && authorityBasis.subject().isEmpty()) {
            authorityBasis = null;
        }
        signers = List.copyOf(signers);
    }

    /** The symbol of its plans' numbers: "KH-" and the abbreviation ("KH-SVHTTDL"), or blank without one. */
    public String planSymbol() {
        return body.abbreviation().isEmpty() ? "" : "KH-" + body.abbreviation();
    }

    /** "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH – UBND TỈNH CAO BẰNG": how the profile is named in lists. */
    public String label() {
        return body.parentBody().isEmpty() ? body.name() : body.name() + " – " + body.parentBody();
    }

    public BodyProfile withId(Long value) {
        return new BodyProfile(value, body, place, budgetUnitCode, authorityBasis, signers);
    }
}
