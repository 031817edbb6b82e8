package vn.delegationdesk.reading.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.reading.Normalised;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.plan.OrganisationReader.Assignment;

class OrganisationReaderTest {
    private static final List<OrganisationReader.Task> TASKS = List.of(
            new OrganisationReader.Task("1", List.of("Tuyên truyền về văn hóa đọc", "- Tổ chức Ngày Sách và Văn hóa đọc Việt Nam")),
            new OrganisationReader.Task("2", List.of("Số hóa tư liệu thư viện", "- Xây dựng cơ sở dữ liệu số của thư viện tỉnh")));

    private static OrganisationReader.Result read(String... lines) {
        List<Passage> passages = new ArrayList<>();
        for (String line : lines) {
            passages.add(Passage.paragraph(passages.size(), line, false));
        }
        return OrganisationReader.read(Normalised.paragraphs(passages), TASKS);
    }

    @Test
    void aDutyQuotingTheTaskNumberGivesItThatTask() {
        OrganisationReader.Result result = read("1. Thư viện tỉnh: chủ trì thực hiện nhiệm vụ 2; phối hợp thực hiện nhiệm vụ 1.");
        assertEquals(List.of(new Assignment("2", "Thư viện tỉnh", true, List.of(0)),
                new Assignment("1", "Thư viện tỉnh", false, List.of(0))), result.assignments(), "each clause says its own role");
        assertEquals(List.of(), result.unmatched());
    }

    @Test
    void wordsOfTheTaskMatchWithoutMarksOrCaseAndCoordinatingIsSaid() {
        OrganisationReader.Result result = read(
                "1. Sở Văn hoá, Thể thao và Du lịch",
                "- Tổ chức ngày sách và văn hoá đọc Việt Nam tại các trường học.",
                "2. Sở Tài chính: Phối hợp XÂY DỰNG CƠ SỞ DỮ LIỆU SỐ CỦA THƯ VIỆN TỈNH.",
                "3. Sở Nội vụ: Tuyển dụng viên chức theo quy định.");
        assertEquals(List.of(new Assignment("1", "Sở Văn hoá, Thể thao và Du lịch", true, List.of(0, 1)),
                new Assignment("2", "Sở Tài chính", false, List.of(2))), result.assignments());
        assertEquals(List.of(3), result.unmatched(), "Sở Nội vụ's duty matches no task");
    }
}
