package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.sample.SampleDelegation;

/** Legal documents are grounds ("Căn cứ"); Party documents and plans being carried out are "Thực hiện". */
class CitationTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @Test
    void theSamplesPartyResolutionAndPlansAreCarriedOut() {
        assertThat(SampleDelegation.create().legalBases()).extracting(LegalBasis::citation).containsOnly(Citation.IMPLEMENTS);
    }

    @Test
    void lawsDecreesCircularsAndDecisionsAreGrounds() {
        assertThat(cite("Luật", "39/2024/QH15", "Quốc hội")).isEqualTo(Citation.GROUNDS);
        assertThat(cite("Nghị định", "30/2020/NĐ-CP", "Chính phủ")).isEqualTo(Citation.GROUNDS);
        assertThat(cite("Thông tư", "40/2017/TT-BTC", "Bộ Tài chính")).isEqualTo(Citation.GROUNDS);
        assertThat(cite("Quyết định", "12/2023/QĐ-UBND", "UBND thành phố Hà Nội")).isEqualTo(Citation.GROUNDS);
        assertThat(cite("Nghị quyết", "05/2025/NQ-HĐND", "HĐND thành phố Hà Nội")).isEqualTo(Citation.GROUNDS);
    }

    @Test
    void partyDocumentsDirectivesAndPlansAreCarriedOut() {
        assertThat(cite("Kết luận", "84-KL/TW", "Bộ Chính trị")).isEqualTo(Citation.IMPLEMENTS);
        assertThat(cite("Nghị quyết", "09-NQ/TU", "")).isEqualTo(Citation.IMPLEMENTS);
        assertThat(cite("Nghị quyết", "15-NQ/TU", "Tỉnh ủy Lào Cai")).isEqualTo(Citation.IMPLEMENTS);
        assertThat(cite("Chỉ thị", "30/CT-TTg", "Thủ tướng Chính phủ")).isEqualTo(Citation.IMPLEMENTS);
        assertThat(cite("Kế hoạch", "129/KH-UBND", "UBND Thành phố")).isEqualTo(Citation.IMPLEMENTS);
        assertThat(Citation.GROUNDS.word()).isEqualTo("Căn cứ");
        assertThat(Citation.IMPLEMENTS.word()).isEqualTo("Thực hiện");
    }

    private static Citation cite(String kind, String number, String issuer) {
        return new LegalBasis(kind, number, DAY, issuer, "").citation();
    }
}
