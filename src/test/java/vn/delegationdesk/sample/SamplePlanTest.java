package vn.delegationdesk.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Attainment;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanProgress;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.PlanValidator;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TargetProgress;
import vn.delegationdesk.plan.UnitWork;
import vn.delegationdesk.platform.i18n.Messages;

/** Seed 002 as the second built-in sample: what the plan says, as a user reads it back. */
class SamplePlanTest {
    private final Plan sample = SamplePlan.create();

    @Test
    void isValidAndHeadedAsTheSeedIs() {
        assertThat(PlanValidator.validate(sample)).isEmpty();
        assertThat(sample.issuingBody().parentBody()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
        assertThat(sample.issuingBody().name()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(sample.kind()).isEqualTo(PlanKind.ANNUAL_PLAN);
        assertThat(new Messages().get(sample.kind().labelKey())).isEqualTo("Kế hoạch năm");
        assertThat(sample.numberAndSymbol()).isEqualTo("/KH-SVHTT");
        assertThat(sample.place()).isEqualTo("Hà Nội");
        assertThat(sample.issuedOn()).isNull();
        assertThat(sample.title()).isEqualTo("Tham gia với vai trò thành viên, tham dự hội nghị, diễn đàn Mạng lưới các thành phố "
                + "Sáng tạo của UNESCO năm 2025");
        assertThat(sample.periodFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(sample.periodTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(sample.signer().title()).isEqualTo("GIÁM ĐỐC");
        assertThat(sample.signer().name()).isEqualTo("Đỗ Đình Hồng");
        assertThat(sample.activities()).as("the plan as issued").isEmpty();
        assertThat(sample.reporting()).as("seed 002 sets no reporting regime").isEmpty();
    }

    @Test
    void groundsPurposesRequirementsFundingAndRecipientsAreTheSeeds() {
        assertThat(sample.grounds()).extracting(Ground::kind).containsExactly(GroundKind.IMPLEMENTS, GroundKind.BASED_ON);
        assertThat(sample.grounds().get(0).text()).startsWith("Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành phố Hà Nội");
        assertThat(sample.grounds().get(1).text()).startsWith("Quyết định số 1655/QĐ-SVHTT ngày 16/12/2024 của Sở Văn hóa và Thể "
                + "thao Hà Nội").endsWith("dự toán thu, chi ngân sách nhà nước năm 2025");
        assertThat(sample.purposes()).hasSize(2);
        assertThat(sample.purposes().get(1)).isEqualTo("Tham dự đầy đủ các hội nghị, diễn đàn Mạng lưới các thành phố Sáng tạo "
                + "của UNESCO.");
        assertThat(sample.requirements()).containsExactly("Đảm bảo sự phối hợp chặt chẽ, thường xuyên, thống nhất giữa các cơ "
                + "quan liên quan trong quá trình tổ chức thực hiện hiệu quả các nội dung đã đề ra.",
                "Các hoạt động phải đảm bảo thiết thực, hiệu quả, tiết kiệm.");
        assertThat(sample.funding()).startsWith("Kinh phí tổ chức thực hiện từ nguồn kinh phí Các hoạt động của Hà Nội tham gia")
                .endsWith("giao Phòng Quản lý Di sản văn hóa.");
        assertThat(sample.recipients()).containsExactly("Đ/c Giám đốc Sở (để chỉ đạo)", "Các PGĐ Sở", "Phòng KHTC, VP",
                "Bảo tàng Hà Nội", "Chánh VP Sở", "Lưu: VT, QLDSVH (6b)");
    }

    @Test
    void tasksInThePlansOwnNumberingWithTheirUnits() {
        assertThat(sample.tasks()).extracting(PlanTask::number).containsExactly("1", "2.1", "2.2", "2.3", "3");
        assertThat(sample.tasks()).extracting(PlanTask::number, PlanTask::leadUnit, PlanTask::coordinatingUnits).containsExactly(
                tuple("1", "Phòng Quản lý Di sản văn hóa", List.of("Bảo tàng Hà Nội", "Văn phòng Sở")),
                tuple("2.1", "Phòng Quản lý Di sản văn hóa", List.of("Tạp chí Kiến trúc (Hội Kiến trúc sư Việt Nam)")),
                tuple("2.2", "Phòng Quản lý Di sản văn hóa", List.of()),
                tuple("2.3", "Phòng Quản lý Di sản văn hóa", List.of()),
                tuple("3", "Phòng Quản lý Di sản văn hóa", List.of("Văn phòng Sở")));
        PlanTask first = sample.tasks().get(0);
        assertThat(first.content()).startsWith("Tham dự các Hội nghị, diễn đàn Mạng lưới trong khu vực Đông Nam Á, châu Á và toàn "
                + "cầu theo các chương trình của UNESCO:\n- Tham mưu UBND Thành phố")
                .contains("(20-30 cuộc/năm)", "(02-03 clip theo chủ đề diễn đàn)", "(03-05 cuộc)", "đoàn ra");
        assertThat(first.content().lines()).as("the heading and its nine bullets").hasSize(10);
        assertThat(sample.tasks().get(1).content()).endsWith("- Số lượng trang: 30-40 trang trong các số chuyên đề của tạp chí.");
        assertThat(sample.tasks().get(4).content()).contains("tham vấn hỗ trợ thành phố Hồ Chí Minh");
        assertThat(sample.tasks()).allSatisfy(task -> {
            assertThat(task.from()).isNull();
            assertThat(task.due()).as("the whole year").isNull();
        });
    }

    @Test
    void targetsAreTheSeedsRangesEachServedByItsTask() {
        assertThat(sample.targets()).extracting(Target::min, Target::max, Target::unit, Target::countedKind).containsExactly(
                tuple(20L, 30L, "cuộc", ActivityKind.ONLINE_SESSION),
                tuple(3L, 5L, "cuộc", ActivityKind.WORKSHOP),
                tuple(2L, 3L, "clip", ActivityKind.MEDIA),
                tuple(30L, 40L, "trang", ActivityKind.PUBLICATION),
                tuple(12L, 15L, "phút", null));
        assertThat(sample.targets().get(4).countedByHand()).isTrue();
        assertThat(servedBy("1")).containsExactly("Phiên họp online trong hệ thống Mạng lưới",
                "Tọa đàm, workshop, trưng bày, triển lãm tham dự các Hội nghị, diễn đàn",
                "Clip theo chủ đề diễn đàn giới thiệu hoạt động sáng tạo của Hà Nội");
        assertThat(servedBy("2.1")).containsExactly("Số trang trong các số chuyên đề của Tạp chí Kiến trúc");
        assertThat(servedBy("2.2")).containsExactly("Thời lượng phóng sự Hà Nội - Thành phố sáng tạo năm 2025");
    }

    @Test
    void asIssuedNothingIsAchievedAndTheHeritageOfficeLeadsEveryTask() {
        PlanProgress progress = PlanProgress.of(sample, LocalDate.of(2025, 3, 1));

        assertThat(progress.targets()).extracting(TargetProgress::achieved, TargetProgress::attainment)
                .containsOnly(tuple(0L, Attainment.BELOW));
        assertThat(progress.units()).extracting(UnitWork::unit, u -> u.leads().size(), u -> u.coordinates().size())
                .containsExactly(tuple("Phòng Quản lý Di sản văn hóa", 5, 0), tuple("Bảo tàng Hà Nội", 0, 1),
                        tuple("Văn phòng Sở", 0, 2), tuple("Tạp chí Kiến trúc (Hội Kiến trúc sư Việt Nam)", 0, 1));
    }

    private List<String> servedBy(String number) {
        PlanTask task = sample.tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
        return task.targetIds().stream().map(id -> sample.target(id).orElseThrow().label()).toList();
    }
}
