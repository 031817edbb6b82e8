package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.programme.TransportMode;

class DelegationWordingTest {
    @Test
    void citesADocumentLeavingOutWhatIsNotGiven() {
        assertThat(DelegationWording.legalBasis(new LegalBasis("Nghị quyết", "09-NQ/TU", LocalDate.of(2022, 2, 22),
                "Thành ủy Hà Nội", "phát triển công nghiệp văn hoá")))
                .isEqualTo("Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về phát triển công nghiệp văn hoá");
        assertThat(DelegationWording.legalBasis(new LegalBasis("Luật Thủ đô", "", null, "", "")))
                .isEqualTo("Luật Thủ đô");
        assertThat(DelegationWording.legalBasis(new LegalBasis("Nghị định", "30/2020/NĐ-CP", LocalDate.of(2020, 3, 5),
                "Chính phủ", ""))).isEqualTo("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ");
    }

    @Test
    void citesDatesAsTheSeedDoesAndLeavesTheDayBlankInADraft() {
        assertThat(DelegationWording.citeDate(LocalDate.of(2022, 8, 12))).isEqualTo("12/8/2022");
        assertThat(DelegationWording.citeDate(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(DelegationWording.citeDate(null, LocalDate.of(2025, 10, 14))).isEqualTo("    /10/2025");
    }

    @Test
    void namesTransportCountsAndHeadsOfUnits() {
        assertThat(DelegationWording.transport(List.of(TransportMode.PLANE, TransportMode.CAR, TransportMode.TRAIN)))
                .isEqualTo("máy bay, ô tô và tàu hỏa");
        assertThat(DelegationWording.transport(List.of())).isEmpty();
        assertThat(DelegationWording.people(3)).isEqualTo("03 người");
        assertThat(DelegationWording.people(12)).isEqualTo("12 người");
        assertThat(DelegationWording.headOf("Phòng Tổ chức - Pháp chế")).isEqualTo("Trưởng phòng Tổ chức - Pháp chế");
        assertThat(DelegationWording.headOf("Văn phòng Sở")).isEqualTo("Chánh Văn phòng Sở");
        assertThat(DelegationWording.headOf("Trung tâm Văn hóa Nghệ thuật Hà Nội"))
                .isEqualTo("Thủ trưởng Trung tâm Văn hóa Nghệ thuật Hà Nội");
    }

    @Test
    void findsTheLocalityOfAPeoplesCommittee() {
        assertThat(DelegationWording.locality("UBND THÀNH PHỐ HÀ NỘI")).isEqualTo("thành phố Hà Nội");
        assertThat(DelegationWording.locality("ỦY BAN NHÂN DÂN TỈNH LÀO CAI")).isEqualTo("tỉnh Lào Cai");
        assertThat(DelegationWording.locality("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).isEmpty();
    }

    @Test
    void lowersTheFirstLetterButNotAnAcronym() {
        assertThat(DelegationWording.lowerFirst("Tổ chức Đoàn khảo sát")).isEqualTo("tổ chức Đoàn khảo sát");
        assertThat(DelegationWording.lowerFirst("UBND các xã, phường")).isEqualTo("UBND các xã, phường");
        assertThat(DelegationWording.sentenceCase("PHÓ GIÁM ĐỐC")).isEqualTo("Phó Giám đốc");
        assertThat(DelegationWording.sentenceCase("CHỦ TỊCH")).isEqualTo("Chủ tịch");
    }
}
