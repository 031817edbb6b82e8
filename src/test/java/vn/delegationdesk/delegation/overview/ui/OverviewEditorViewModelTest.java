package vn.delegationdesk.delegation.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The overview editor without a screen: fields typed into the shared draft, trip re-dating, legs, legal bases, text lists. */
class OverviewEditorViewModelTest {
    private static final String START_DATE_ERROR = "Ngày khởi hành không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, "
            + "ví dụ 14/10/2025";
    private static final String PLANNED_SIZE_ERROR = "Số lượng dự kiến phải là số nguyên không âm, ví dụ 37";

    private final Messages messages = new Messages();
    private DelegationDraft draft;
    private OverviewEditorViewModel overview;
    private Delegation sample;

    @BeforeEach
    void setUp() {
        sample = SampleDelegation.create().withId(1L);
        draft = new DelegationDraft(messages);
        draft.load(sample);
        overview = new OverviewEditorViewModel(draft, messages);
    }

    private static LocalDate october(int day) {
        return LocalDate.of(2025, 10, day);
    }

    @Test
    void theFieldsShowTheLoadedDelegation() {
        assertThat(overview.titleProperty().get()).isEqualTo(sample.title());
        assertThat(overview.bodyNameProperty().get()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(overview.startDate().textProperty().get()).isEqualTo("14/10/2025");
        assertThat(overview.endDate().textProperty().get()).isEqualTo("19/10/2025");
        assertThat(overview.plannedSize().textProperty().get()).isEqualTo("37");
        assertThat(overview.transportProperty(TransportMode.PLANE).get()).isTrue();
        assertThat(overview.transportProperty(TransportMode.CAR).get()).isTrue();
        assertThat(overview.transportProperty(TransportMode.TRAIN).get()).isFalse();
        assertThat(overview.legs()).extracting(Leg::place).containsExactly("tỉnh Đắk Lắk", "tỉnh Lâm Đồng");
        assertThat(overview.tripLength().get()).isEqualTo("Từ Thứ Ba, 14/10/2025 đến Chủ nhật, 19/10/2025 (6 ngày)");
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void typingTheTitleWritesTheDraftAndTypingItBackMakesItCleanAgain() {
        overview.titleProperty().set("Đoàn khảo sát Tây Nguyên");

        assertThat(draft.get().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
        assertThat(draft.isDirty()).isTrue();

        overview.titleProperty().set(sample.title());

        assertThat(draft.get().title()).isEqualTo(sample.title());
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void aTrailingSpaceBeingTypedStaysInTheField() {
        overview.titleProperty().set("Đoàn khảo sát ");

        assertThat(overview.titleProperty().get()).isEqualTo("Đoàn khảo sát ");
        assertThat(draft.get().title()).isEqualTo("Đoàn khảo sát");

        overview.titleProperty().set("Đoàn khảo sát Tây Nguyên");
        assertThat(draft.get().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
    }

    @Test
    void anEmptiedTitleIsTheDraftsProblemAtTitle() {
        overview.titleProperty().set("");

        assertThat(overview.errorAt("title").get()).isEqualTo("chưa nhập, trường này là bắt buộc");
        overview.titleProperty().set("Đoàn khảo sát");
        assertThat(overview.errorAt("title").get()).isNull();
    }

    @Test
    void aNewStartDateMovesTheWholeTrip() {
        overview.startDate().textProperty().set("20/10/2025");

        Delegation d = draft.get();
        assertThat(d.startDate()).isEqualTo(october(20));
        assertThat(d.endDate()).isEqualTo(october(25));
        assertThat(d.legs()).extracting(Leg::startDate).containsExactly(october(20), october(23));
        assertThat(d.legs()).extracting(Leg::endDate).containsExactly(october(22), october(25));
        assertThat(d.programme()).extracting(ProgrammeDay::date)
                .containsExactly(october(20), october(21), october(22), october(23), october(24), october(25));
        assertThat(d.conferences()).extracting(Conference::date).containsExactly(october(20), october(23));
        assertThat(overview.endDate().textProperty().get()).isEqualTo("25/10/2025");
        assertThat(overview.legForm().start().textProperty().get()).isEqualTo("20/10/2025");
        assertThat(overview.tripLength().get()).isEqualTo("Từ Thứ Hai, 20/10/2025 đến Thứ Bảy, 25/10/2025 (6 ngày)");
        assertThat(draft.errors()).isEmpty();
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void anImpossibleStartDateKeepsTheTextAndTheDraftUntilItIsFixed() {
        overview.startDate().textProperty().set("31/02/2025");

        assertThat(overview.startDate().textProperty().get()).isEqualTo("31/02/2025");
        assertThat(overview.startDate().errorProperty().get()).isEqualTo(START_DATE_ERROR);
        assertThat(draft.inputErrors()).containsEntry("startDate", START_DATE_ERROR);
        assertThat(draft.get().startDate()).isEqualTo(october(14));
        assertThat(draft.get().legs().get(0).startDate()).isEqualTo(october(14));
        assertThat(draft.isDirty()).isFalse();

        overview.startDate().textProperty().set("15/10/2025");

        assertThat(overview.startDate().errorProperty().get()).isNull();
        assertThat(draft.inputErrors()).doesNotContainKey("startDate");
        assertThat(draft.get().startDate()).isEqualTo(october(15));
        assertThat(draft.get().endDate()).isEqualTo(october(20));
    }

    @Test
    void typingElsewhereKeepsAnImpossibleDateAndItsError() {
        overview.startDate().textProperty().set("31/02/2025");
        overview.plannedSize().textProperty().set("abc");

        overview.titleProperty().set("Đoàn khảo sát Tây Nguyên");

        assertThat(draft.inputErrors()).containsEntry("startDate", START_DATE_ERROR);
        assertThat(overview.startDate().textProperty().get()).isEqualTo("31/02/2025");
        assertThat(overview.startDate().errorProperty().get()).isEqualTo(START_DATE_ERROR);
        assertThat(draft.inputErrors()).containsEntry("startDate", START_DATE_ERROR);
        assertThat(draft.get().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
        assertThat(overview.plannedSize().textProperty().get()).isEqualTo("abc");
        assertThat(overview.plannedSize().errorProperty().get()).isEqualTo(PLANNED_SIZE_ERROR);

        overview.startDate().textProperty().set("28/02/2025");
        overview.plannedSize().textProperty().set("37");
        assertThat(draft.inputErrors()).isEmpty();
        assertThat(draft.get().startDate()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void typingTheLegsPlaceKeepsAnImpossibleLegDateAndItsError() {
        LegForm form = overview.legForm();
        overview.selectedLegProperty().set(0);
        form.end().textProperty().set("32/10/2025");

        form.placeProperty().set("tỉnh Đắk Nông");

        assertThat(draft.get().legs().get(0).place()).isEqualTo("tỉnh Đắk Nông");
        assertThat(form.end().textProperty().get()).isEqualTo("32/10/2025");
        assertThat(form.end().errorProperty().get()).isNotEmpty();
        assertThat(draft.inputErrors()).containsKey("legForm.end");

        overview.selectedLegProperty().set(1);
        assertThat(form.end().textProperty().get()).isEqualTo("19/10/2025");
        assertThat(draft.inputErrors()).isEmpty();
    }

    @Test
    void typingTheBasisNumberKeepsAnImpossibleBasisDate() {
        LegalBasisForm form = overview.legalBasisForm();
        overview.selectedLegalBasisProperty().set(0);
        form.date().textProperty().set("30/02/2022");

        form.numberProperty().set("09/NQ-TU");

        assertThat(draft.get().legalBases().get(0).number()).isEqualTo("09/NQ-TU");
        assertThat(draft.get().legalBases().get(0).date()).isEqualTo(LocalDate.of(2022, 2, 22));
        assertThat(form.date().textProperty().get()).isEqualTo("30/02/2022");
        assertThat(draft.inputErrors()).containsEntry("legalBasisForm.date",
                "Ngày của văn bản căn cứ không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025");
    }

    @Test
    void aPlannedSizeThatIsNotANumberKeepsTheTextAndTheDraft() {
        overview.plannedSize().textProperty().set("abc");

        assertThat(overview.plannedSize().textProperty().get()).isEqualTo("abc");
        assertThat(overview.plannedSize().errorProperty().get()).isEqualTo(PLANNED_SIZE_ERROR);
        assertThat(draft.inputErrors()).containsEntry("plannedSize", PLANNED_SIZE_ERROR);
        assertThat(draft.get().plannedSize()).isEqualTo(37);

        overview.plannedSize().textProperty().set("40");

        assertThat(draft.get().plannedSize()).isEqualTo(40);
        assertThat(overview.plannedSize().errorProperty().get()).isNull();
        assertThat(draft.inputErrors()).isEmpty();
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void anEndDateBeforeTheStartIsTheDraftsProblemAtEndDate() {
        overview.endDate().textProperty().set("10/10/2025");

        assertThat(draft.get().endDate()).isEqualTo(october(10));
        assertThat(draft.get().startDate()).isEqualTo(october(14));
        assertThat(overview.errorAt("endDate").get()).isEqualTo("ngày kết thúc trước ngày bắt đầu");
        assertThat(overview.endDate().errorProperty().get()).isNull();
        assertThat(overview.tripLength().get()).isEmpty();

        overview.endDate().textProperty().set("19/10/2025");
        assertThat(overview.errorAt("endDate").get()).isNull();
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void aNewLegOfAFullTripEndsOnTheTripsLastDayAndOverlapsTheLastLeg() {
        overview.addLeg();

        assertThat(overview.legs()).hasSize(3);
        Leg added = overview.legs().get(2);
        assertThat(added.place()).isEqualTo("Chặng mới");
        assertThat(added.startDate()).isEqualTo(october(19));
        assertThat(added.endDate()).isEqualTo(october(19));
        assertThat(overview.selectedLegProperty().get()).isEqualTo(2);
        assertThat(overview.legForm().placeProperty().get()).isEqualTo("Chặng mới");
        assertThat(overview.legForm().start().textProperty().get()).isEqualTo("19/10/2025");
        assertThat(draft.messageAt("legs[2].startDate")).isEqualTo("trùng thời gian với chặng tỉnh Lâm Đồng");
        assertThat(overview.legForm().errorAt("startDate").get()).isEqualTo("trùng thời gian với chặng tỉnh Lâm Đồng");
    }

    @Test
    void aNewLegComesTheDayAfterTheLastOneAndOutsideTheTripIsTheDraftsProblem() {
        overview.endDate().textProperty().set("22/10/2025");
        overview.addLeg();

        Leg added = overview.legs().get(2);
        assertThat(added.startDate()).isEqualTo(october(20));
        assertThat(added.endDate()).isEqualTo(october(20));
        assertThat(draft.errors()).isEmpty();

        overview.endDate().textProperty().set("19/10/2025");

        assertThat(draft.messageAt("legs[2].endDate"))
                .isEqualTo("chặng Chặng mới kết thúc sau ngày về của đoàn (19/10/2025)");
        assertThat(overview.legForm().errorAt("endDate").get())
                .isEqualTo("chặng Chặng mới kết thúc sau ngày về của đoàn (19/10/2025)");
    }

    @Test
    void theLegFormEditsTheSelectedLeg() {
        overview.selectedLegProperty().set(1);
        LegForm form = overview.legForm();
        assertThat(form.placeProperty().get()).isEqualTo("tỉnh Lâm Đồng");
        assertThat(form.cityProperty().get()).isEqualTo("Bình Thuận");
        assertThat(form.start().textProperty().get()).isEqualTo("17/10/2025");

        form.placeProperty().set("tỉnh Khánh Hòa");
        form.cityProperty().set("Nha Trang");
        form.end().textProperty().set("18/10/2025");

        Leg leg = draft.get().legs().get(1);
        assertThat(leg.place()).isEqualTo("tỉnh Khánh Hòa");
        assertThat(leg.city()).isEqualTo("Nha Trang");
        assertThat(leg.startDate()).isEqualTo(october(17));
        assertThat(leg.endDate()).isEqualTo(october(18));
        assertThat(draft.get().legs().get(0).place()).isEqualTo("tỉnh Đắk Lắk");
        assertThat(overview.legs().get(1)).isEqualTo(leg);
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void anEmptyOrImpossibleLegDateKeepsTheLegsDates() {
        LegForm form = overview.legForm();
        overview.selectedLegProperty().set(0);

        form.start().textProperty().set("");
        assertThat(draft.get().legs().get(0).startDate()).isEqualTo(october(14));
        assertThat(form.start().textProperty().get()).isEmpty();
        assertThat(form.start().errorProperty().get())
                .isEqualTo("Từ ngày của chặng chưa nhập; mỗi chặng cần ngày bắt đầu và ngày kết thúc");
        assertThat(draft.inputErrors()).containsKey("legForm.start");
        form.start().textProperty().set("14/10/2025");
        assertThat(draft.inputErrors()).doesNotContainKey("legForm.start");

        form.end().textProperty().set("32/10/2025");
        assertThat(draft.get().legs().get(0).endDate()).isEqualTo(october(16));
        assertThat(form.end().errorProperty().get())
                .isEqualTo("Đến ngày của chặng không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025");
        assertThat(draft.inputErrors()).containsKey("legForm.end");
        assertThat(draft.isDirty()).isFalse();

        overview.selectedLegProperty().set(1);
        assertThat(draft.inputErrors()).doesNotContainKey("legForm.end");
        assertThat(form.end().textProperty().get()).isEqualTo("19/10/2025");
        assertThat(form.end().errorProperty().get()).isNull();
    }

    @Test
    void theLegTakingARemovedLegsPlaceShowsItsOwnDatesAndSavingNoLongerWaits() {
        LegForm form = overview.legForm();
        form.start().textProperty().set("32/10/2025");
        assertThat(draft.inputErrors()).containsKey("legForm.start");

        overview.removeLeg();

        assertThat(form.placeProperty().get()).isEqualTo("tỉnh Lâm Đồng");
        assertThat(form.start().valueProperty().get()).isEqualTo(draft.get().legs().get(0).startDate());
        assertThat(form.start().errorProperty().get()).isNull();
        assertThat(draft.inputErrors()).doesNotContainKey("legForm.start");
    }

    @Test
    void movingAndRemovingLegsKeepsASensibleSelection() {
        overview.selectedLegProperty().set(0);

        overview.moveLeg(1);
        assertThat(overview.legs()).extracting(Leg::place).containsExactly("tỉnh Lâm Đồng", "tỉnh Đắk Lắk");
        assertThat(overview.selectedLegProperty().get()).isEqualTo(1);
        assertThat(overview.legForm().placeProperty().get()).isEqualTo("tỉnh Đắk Lắk");

        overview.moveLeg(1);
        assertThat(overview.legs()).extracting(Leg::place).containsExactly("tỉnh Lâm Đồng", "tỉnh Đắk Lắk");
        assertThat(overview.selectedLegProperty().get()).isEqualTo(1);

        overview.removeLeg();
        assertThat(draft.get().legs()).extracting(Leg::place).containsExactly("tỉnh Lâm Đồng");
        assertThat(overview.selectedLegProperty().get()).isEqualTo(0);
        assertThat(overview.legForm().placeProperty().get()).isEqualTo("tỉnh Lâm Đồng");

        overview.removeLeg();
        assertThat(draft.get().legs()).isEmpty();
        assertThat(overview.selectedLegProperty().get()).isEqualTo(-1);
        assertThat(overview.legForm().presentProperty().get()).isFalse();
        assertThat(overview.legForm().placeProperty().get()).isEmpty();
    }

    @Test
    void transportBoxesWriteTheModesInTheirOrder() {
        overview.transportProperty(TransportMode.PLANE).set(false);
        overview.transportProperty(TransportMode.SHIP).set(true);
        overview.transportProperty(TransportMode.TRAIN).set(true);

        assertThat(draft.get().transportModes()).containsExactly(TransportMode.CAR, TransportMode.TRAIN, TransportMode.SHIP);
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void legalBasesAreAddedEditedMovedAndRemoved() {
        overview.addLegalBasis();
        assertThat(overview.legalBases()).hasSize(5);
        assertThat(overview.selectedLegalBasisProperty().get()).isEqualTo(4);
        LegalBasisForm form = overview.legalBasisForm();
        assertThat(form.kindProperty().get()).isEqualTo("Kế hoạch");
        assertThat(form.date().textProperty().get()).isEmpty();

        form.kindProperty().set("Quyết định");
        form.numberProperty().set("15/QĐ-UBND");
        form.date().textProperty().set("2/1/2025");
        form.issuerProperty().set("UBND Thành phố");
        form.subjectProperty().set("giao dự toán năm 2025");
        assertThat(draft.get().legalBases().get(4)).isEqualTo(new LegalBasis("Quyết định", "15/QĐ-UBND",
                LocalDate.of(2025, 1, 2), "UBND Thành phố", "giao dự toán năm 2025"));

        form.kindProperty().set("");
        assertThat(form.kindError().get()).isEqualTo("chưa nhập, trường này là bắt buộc");
        form.kindProperty().set("Quyết định");
        assertThat(form.kindError().get()).isNull();

        overview.moveLegalBasis(-1);
        assertThat(draft.get().legalBases()).extracting(LegalBasis::number)
                .containsExactly("09-NQ/TU", "217/KH-UBND", "129/KH-UBND", "15/QĐ-UBND", "628/KH-SVHTT");
        assertThat(overview.selectedLegalBasisProperty().get()).isEqualTo(3);
        assertThat(form.numberProperty().get()).isEqualTo("15/QĐ-UBND");

        overview.selectedLegalBasisProperty().set(0);
        assertThat(form.numberProperty().get()).isEqualTo("09-NQ/TU");
        assertThat(form.date().textProperty().get()).isEqualTo("22/02/2022");
        overview.removeLegalBasis();
        assertThat(draft.get().legalBases()).extracting(LegalBasis::number)
                .containsExactly("217/KH-UBND", "129/KH-UBND", "15/QĐ-UBND", "628/KH-SVHTT");
        assertThat(overview.selectedLegalBasisProperty().get()).isEqualTo(0);
        assertThat(form.numberProperty().get()).isEqualTo("217/KH-UBND");
    }

    @Test
    void aTextListItemEditedToBlankIsRemoved() {
        TextList recipients = overview.recipients();
        assertThat(recipients.items()).hasSize(5);

        recipients.add();
        assertThat(draft.get().recipients()).hasSize(6).last().isEqualTo("Nơi nhận mới;");
        assertThat(recipients.selectedProperty().get()).isEqualTo(5);

        recipients.edit(5, "Phòng Văn hóa các phường");
        assertThat(draft.get().recipients().get(5)).isEqualTo("Phòng Văn hóa các phường");

        recipients.selectedProperty().set(5);
        recipients.move(-1);
        assertThat(draft.get().recipients()).containsExactly("Ban Giám đốc Sở", "Chánh VP Sở",
                "Các phòng, đơn vị sự nghiệp thuộc Sở", "UBND các phường, xã (để p/h thực hiện)", "Phòng Văn hóa các phường",
                "Lưu: VT, TCPC");

        recipients.edit(1, "   ");
        assertThat(draft.get().recipients()).containsExactly("Ban Giám đốc Sở", "Các phòng, đơn vị sự nghiệp thuộc Sở",
                "UBND các phường, xã (để p/h thực hiện)", "Phòng Văn hóa các phường", "Lưu: VT, TCPC");
        assertThat(recipients.selectedProperty().get()).isEqualTo(1);

        overview.purposes().edit(0, "");
        assertThat(draft.get().purposes()).hasSize(3);
    }

    @Test
    void revertBringsEveryFieldBack() {
        overview.titleProperty().set("Đoàn khảo sát Tây Nguyên");
        overview.startDate().textProperty().set("20/10/2025");
        overview.endDate().textProperty().set("27/10/2025");
        overview.plannedSize().textProperty().set("40");
        overview.transportProperty(TransportMode.TRAIN).set(true);
        overview.transportProperty(TransportMode.PLANE).set(false);
        overview.documentDate().textProperty().set("1/10/2025");
        assertThat(draft.isDirty()).isTrue();

        draft.revert();

        assertThat(draft.isDirty()).isFalse();
        assertThat(overview.titleProperty().get()).isEqualTo(sample.title());
        assertThat(overview.startDate().textProperty().get()).isEqualTo("14/10/2025");
        assertThat(overview.endDate().textProperty().get()).isEqualTo("19/10/2025");
        assertThat(overview.documentDate().textProperty().get()).isEmpty();
        assertThat(overview.plannedSize().textProperty().get()).isEqualTo("37");
        assertThat(overview.transportProperty(TransportMode.PLANE).get()).isTrue();
        assertThat(overview.transportProperty(TransportMode.TRAIN).get()).isFalse();
        assertThat(overview.legs()).extracting(Leg::startDate).containsExactly(october(14), october(17));
        assertThat(draft.get()).isEqualTo(sample);
    }

    @Test
    void revertAlsoDropsTextThatWasNotAValue() {
        overview.titleProperty().set("Đoàn khảo sát Tây Nguyên");
        overview.startDate().textProperty().set("31/02/2025");
        overview.plannedSize().textProperty().set("abc");

        draft.revert();

        assertThat(overview.startDate().textProperty().get()).isEqualTo("14/10/2025");
        assertThat(overview.startDate().errorProperty().get()).isNull();
        assertThat(overview.plannedSize().textProperty().get()).isEqualTo("37");
        assertThat(overview.plannedSize().errorProperty().get()).isNull();
        assertThat(draft.inputErrors()).isEmpty();
        assertThat(List.copyOf(draft.errors())).isEmpty();
    }
}
