package vn.delegationdesk.delegation.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.ProgrammeEdits;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

class ProgrammeEditorViewModelTest {
    private static final LocalDate D14 = LocalDate.of(2025, 10, 14);
    private static final LocalDate D15 = LocalDate.of(2025, 10, 15);
    private final Messages messages = new Messages();
    private final DelegationDraft draft = new DelegationDraft(messages);
    private ProgrammeEditorViewModel model;

    @BeforeEach
    void loadTheSample() {
        draft.load(SampleDelegation.create().withId(1L));
        model = new ProgrammeEditorViewModel(draft, messages);
    }

    private ProgrammeItems.Session session(LocalDate date, HalfDay halfDay) {
        return model.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow().sessions().stream()
                .filter(s -> s.slot().halfDay() == halfDay).findFirst().orElseThrow();
    }

    private List<String> texts(LocalDate date, HalfDay halfDay) {
        return session(date, halfDay).rows().stream().map(ProgrammeItems.Row::description).toList();
    }

    @Test
    void showsSixDaysWithWeekdayHeadersAndTheirLegs() {
        assertThat(model.days()).extracting(ProgrammeItems.Day::header).containsExactly("Thứ Ba, 14/10/2025",
                "Thứ Tư, 15/10/2025", "Thứ Năm, 16/10/2025", "Thứ Sáu, 17/10/2025", "Thứ Bảy, 18/10/2025",
                "Chủ nhật, 19/10/2025");
        assertThat(model.days()).extracting(ProgrammeItems.Day::place).containsExactly("tỉnh Đắk Lắk", "tỉnh Đắk Lắk",
                "tỉnh Đắk Lắk", "tỉnh Lâm Đồng", "tỉnh Lâm Đồng", "tỉnh Lâm Đồng");
        assertThat(model.days().get(0).sessions()).extracting(ProgrammeItems.Session::label)
                .containsExactly("Cả ngày", "Buổi sáng", "Buổi chiều", "Buổi tối");
        ProgrammeItems.Row travel = session(D14, HalfDay.MORNING).rows().get(0);
        assertThat(travel.kind()).isEqualTo("Di chuyển");
        assertThat(travel.details()).contains("Phương tiện: Máy bay");
        assertThat(travel.flagged()).isFalse();
        assertThat(model.targets()).hasSize(24);
        assertThat(model.targets().get(6).label()).isEqualTo("Thứ Tư, 15/10/2025 – Buổi chiều");
    }

    @Test
    void movingTheEveningFieldVisitToTheNextAfternoonChangesTheDraft() {
        model.select(new ActivityRef(D14, HalfDay.EVENING, 0));
        assertThat(model.form().descriptionProperty().get()).isEqualTo("Khảo sát thực tế.");
        model.moveTo(D15, HalfDay.AFTERNOON);

        assertThat(draft.isDirty()).isTrue();
        assertThat(texts(D14, HalfDay.EVENING)).isEmpty();
        assertThat(texts(D15, HalfDay.AFTERNOON)).containsExactly("Khảo sát thực tế.");
        assertThat(model.selectedProperty().get()).isEqualTo(new ActivityRef(D15, HalfDay.AFTERNOON, 0));
        assertThat(model.form().whenProperty().get()).isEqualTo("Thứ Tư, 15/10/2025 – Buổi chiều");
        ProgrammeDay day15 = draft.get().programme().get(1);
        assertThat(day15.activities()).extracting(Activity::halfDay).containsExactly(HalfDay.ALL_DAY, HalfDay.AFTERNOON);
    }

    @Test
    void moveUpAndDownFollowTheSelection() {
        model.add(D14, HalfDay.EVENING);
        model.form().descriptionProperty().set("Giao lưu văn nghệ");
        assertThat(texts(D14, HalfDay.EVENING)).containsExactly("Khảo sát thực tế.", "Giao lưu văn nghệ");
        assertThat(model.canMoveDownProperty().get()).isFalse();

        model.moveUp();
        assertThat(texts(D14, HalfDay.EVENING)).containsExactly("Giao lưu văn nghệ", "Khảo sát thực tế.");
        assertThat(model.selectedProperty().get().position()).isZero();
        assertThat(model.canMoveUpProperty().get()).isFalse();
        model.moveDown();
        assertThat(texts(D14, HalfDay.EVENING)).containsExactly("Khảo sát thực tế.", "Giao lưu văn nghệ");
    }

    @Test
    void aNewActivityNeedsItsDescriptionAndDeletingItRestoresTheDraft() {
        model.add(D15, HalfDay.EVENING);
        assertThat(model.form().placeProperty().get()).isEqualTo("tỉnh Đắk Lắk");
        assertThat(model.form().descriptionErrorProperty().get()).isEqualTo("Chưa nhập nội dung hoạt động");
        assertThat(texts(D15, HalfDay.EVENING)).containsExactly("(Chưa có nội dung)");
        model.form().descriptionProperty().set("Xem biểu diễn cồng chiêng");
        assertThat(model.form().descriptionErrorProperty().get()).isNull();
        model.form().kindProperty().set(model.form().kindChoices().get(4));
        assertThat(session(D15, HalfDay.EVENING).rows().get(0).kind()).isEqualTo("Khác");

        model.delete();
        assertThat(draft.isDirty()).isFalse();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void anActivityDatedOutsideTheLegsIsFlagged() {
        Activity late = new Activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Về Hà Nội", "", "", null, null, "");
        draft.update(b -> b.programme(ProgrammeEdits.add(draft.get().programme(), LocalDate.of(2025, 10, 20), late)));

        ProgrammeItems.Day day = model.days().get(model.days().size() - 1);
        assertThat(day.header()).isEqualTo("Thứ Hai, 20/10/2025");
        assertThat(day.outsideLegs()).isTrue();
        assertThat(day.warning()).isEqualTo("Ngoài thời gian các chặng");
        ProgrammeItems.Row row = day.sessions().get(1).rows().get(0);
        assertThat(row.flagged()).isTrue();
        assertThat(row.flagText()).startsWith("Ngày 20/10/2025 không thuộc chặng nào");
        assertThat(session(D14, HalfDay.MORNING).rows().get(0).flagged()).isFalse();
    }

    @Test
    void aConferenceSlotCannotBeDeletedHereAndTakesItsConferenceAlong() {
        model.select(new ActivityRef(D14, HalfDay.AFTERNOON, 0));
        assertThat(model.form().linkedProperty().get()).isTrue();
        assertThat(model.form().conferenceProperty().get()).startsWith("Hội nghị trao đổi");
        assertThat(model.canDeleteProperty().get()).isFalse();
        assertThat(model.deleteHintProperty().get()).isNotEmpty();

        model.moveTo(new Slot(D15, HalfDay.MORNING));
        Conference dakLak = draft.get().conferences().get(0);
        assertThat(dakLak.date()).isEqualTo(D15);
        assertThat(dakLak.halfDay()).isEqualTo(HalfDay.MORNING);
        assertThat(ProgrammeEdits.findConference(draft.get().programme(), dakLak.id()))
                .contains(new ActivityRef(D15, HalfDay.MORNING, 0));
    }

    @Test
    void followsARevertOfTheDraft() {
        model.select(new ActivityRef(D14, HalfDay.EVENING, 0));
        model.moveTo(D15, HalfDay.AFTERNOON);
        draft.revert();
        assertThat(texts(D14, HalfDay.EVENING)).containsExactly("Khảo sát thực tế.");
        draft.load(null);
        assertThat(model.days()).isEmpty();
        assertThat(model.canEditProperty().get()).isFalse();
    }
}
