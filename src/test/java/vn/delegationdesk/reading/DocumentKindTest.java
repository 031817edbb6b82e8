package vn.delegationdesk.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.delegationdesk.reading.plan.SeedText;

class DocumentKindTest {
    @Test
    void seed000IsADelegationsPlan() {
        assertEquals(Optional.of(DocumentKind.DELEGATION), DocumentKind.of(SeedText.seed("000")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "002", "003", "004"})
    void theOtherSeedsArePlans(String seed) {
        assertEquals(Optional.of(DocumentKind.PLAN), DocumentKind.of(SeedText.seed(seed)));
    }

    @Test
    void aNovelAndAnEmptyDocumentAreNeither() {
        SourceDocument novel = SeedText.lines("truyen.txt", "Chương một\n\nTrời đã về chiều. Con đường làng vắng lặng, chỉ còn tiếng "
                + "gió thổi qua rặng tre.\nBà cụ ngồi bên hiên, nhớ về những ngày xưa cũ.\n");
        assertEquals(Optional.empty(), DocumentKind.of(novel));
        assertEquals(Optional.empty(), DocumentKind.of(new SourceDocument("trong.txt", List.of())));
    }

    @Test
    void aCompositionWithoutADayByDayProgrammeIsNoDelegationsPlan() {
        SourceDocument text = SeedText.lines("x.txt", "KẾ HOẠCH\nHọp tổng kết\nIII. THÀNH PHẦN\n- Lãnh đạo Sở\n");
        assertEquals(Optional.of(DocumentKind.PLAN), DocumentKind.of(text));
    }
}
