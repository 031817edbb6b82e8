package vn.delegationdesk.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Citation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.sample.SampleDelegation;

/** The circulars behind the rate sets, offered as the decision's grounds. */
class SpendingGroundsTest {
    @Test
    void theAmendingCircularBringsTheOneItAmends() {
        List<LegalBasis> bases = SpendingGrounds.of(new RateBook(BuiltInRateSets.tt12(), null));

        assertThat(bases).extracting(LegalBasis::number).containsExactly("40/2017/TT-BTC", "12/2025/TT-BTC");
        assertThat(bases.get(0).subject()).isEqualTo("quy định chế độ công tác phí, chế độ chi hội nghị");
        assertThat(bases.get(1).date()).hasToString("2025-03-19");
        assertThat(bases).extracting(LegalBasis::citation).containsOnly(Citation.GROUNDS);
    }

    @Test
    void aLocalResolutionIsCitedByItsNameNumberAndIssuer() {
        List<LegalBasis> bases = SpendingGrounds.of(new RateBook(BuiltInRateSets.tt40(), BuiltInRateSets.hanoi()));

        assertThat(bases).hasSize(2);
        assertThat(bases.get(1).kind()).isEqualTo("Nghị quyết");
        assertThat(bases.get(1).number()).isEqualTo("05/2025/NQ-HĐND");
        assertThat(bases.get(1).issuer()).isEqualTo("HĐND thành phố Hà Nội");
        assertThat(bases.get(1).citation()).isEqualTo(Citation.GROUNDS);
    }

    @Test
    void onlyWhatThePlanDoesNotCiteYetIsOffered() {
        List<LegalBasis> offered = SpendingGrounds.of(new RateBook(BuiltInRateSets.tt12(), null));
        List<LegalBasis> present = List.of(SampleDelegation.create().legalBases().get(0),
                new LegalBasis("Thông tư", "40/2017/TT-BTC", null, "Bộ Tài chính", ""));

        assertThat(SpendingGrounds.missing(present, offered)).extracting(LegalBasis::number).containsExactly("12/2025/TT-BTC");
        assertThat(SpendingGrounds.of(RateBook.none())).isEmpty();
    }
}
