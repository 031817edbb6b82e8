package vn.delegationdesk.delegation.conference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeEdits;
import vn.delegationdesk.delegation.programme.ui.ProgrammeItems;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

class ConferenceEditorViewModelTest {
    private final Messages messages = new Messages();
    private final DelegationDraft draft = new DelegationDraft(messages);
    private ConferenceEditorViewModel model;

    @BeforeEach
    void loadTheSample() {
        draft.load(SampleDelegation.create().withId(1L));
        model = new ConferenceEditorViewModel(draft, messages);
    }

    private ProgrammeItems.Target slot(String label) {
        return model.form().slots().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void listsTheTwoConferencesAndShowsTheFirst() {
        assertThat(model.conferences()).extracting(ConferenceItems.Row::when)
                .containsExactly("Thứ Ba, 14/10/2025 – Buổi chiều", "Thứ Sáu, 17/10/2025 – Buổi sáng");
        assertThat(model.selectedIdProperty().get()).isEqualTo(SampleDelegation.CONFERENCE_DAK_LAK);
        assertThat(model.form().expectedDelegatesProperty().get()).isEqualTo("180");
        assertThat(model.form().slotProperty().get().label()).isEqualTo("Thứ Ba, 14/10/2025 – Buổi chiều");
        assertThat(model.agenda().rows()).hasSize(5);
    }

    @Test
    void theDeskLineFollowsTheSelectedConferenceAndIsReadAgainWhenItsWindowCloses() {
        Map<String, String> lines = new HashMap<>(Map.of(
                SampleDelegation.CONFERENCE_DAK_LAK, "180 đại biểu được mời · 174 xác nhận dự · 0 đã đến",
                SampleDelegation.CONFERENCE_LAM_DONG, "Chưa có danh sách đại biểu."));
        List<String> opened = new ArrayList<>();
        List<Runnable> onClose = new ArrayList<>();
        model.setDeskLink(new ConferenceDeskLink() {
            @Override
            public String summary(String conferenceId) {
                return lines.get(conferenceId);
            }

            @Override
            public void openDelegates(String conferenceId, Runnable closed) {
                opened.add("list " + conferenceId);
                onClose.add(closed);
            }

            @Override
            public void openCheckIn(String conferenceId, Runnable closed) {
                opened.add("desk " + conferenceId);
                onClose.add(closed);
            }
        });

        assertThat(model.hasDesk()).isTrue();
        assertThat(model.deskSummaryProperty().get()).isEqualTo("180 đại biểu được mời · 174 xác nhận dự · 0 đã đến");
        model.selectedProperty().set(1);
        assertThat(model.deskSummaryProperty().get()).isEqualTo("Chưa có danh sách đại biểu.");
        model.openCheckIn();
        model.selectedProperty().set(0);
        model.openDelegates();
        assertThat(opened).containsExactly("desk " + SampleDelegation.CONFERENCE_LAM_DONG, "list " + SampleDelegation.CONFERENCE_DAK_LAK);

        lines.put(SampleDelegation.CONFERENCE_DAK_LAK, "180 đại biểu được mời · 174 xác nhận dự · 12 đã đến");
        onClose.get(1).run();
        assertThat(model.deskSummaryProperty().get()).isEqualTo("180 đại biểu được mời · 174 xác nhận dự · 12 đã đến");
    }

    @Test
    void withoutADeskTheLineIsEmpty() {
        assertThat(model.hasDesk()).isFalse();
        assertThat(model.deskSummaryProperty().get()).isEmpty();
    }

    @Test
    void changingTheDateMovesItsProgrammeActivity() {
        model.form().slotProperty().set(slot("Thứ Tư, 15/10/2025 – Buổi sáng"));

        Delegation d = draft.get();
        assertThat(d.conferences().get(0).date()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(d.conferences().get(0).halfDay()).isEqualTo(HalfDay.MORNING);
        assertThat(ProgrammeEdits.findConference(d.programme(), SampleDelegation.CONFERENCE_DAK_LAK))
                .contains(new ActivityRef(LocalDate.of(2025, 10, 15), HalfDay.MORNING, 0));
        assertThat(d.programme().get(0).activitiesIn(HalfDay.AFTERNOON)).isEmpty();
        assertThat(model.conferences().get(0).when()).isEqualTo("Thứ Tư, 15/10/2025 – Buổi sáng");
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void invalidExpectedDelegatesKeepTheTextShowTheErrorAndLeaveTheDraft() {
        Delegation before = draft.get();
        model.form().expectedDelegatesProperty().set("khoảng 180");

        assertThat(model.form().expectedDelegatesProperty().get()).isEqualTo("khoảng 180");
        assertThat(model.form().expectedDelegatesErrorProperty().get()).isEqualTo("Số đại biểu dự kiến phải là số nguyên không âm");
        assertThat(draft.get()).isEqualTo(before);
        assertThat(draft.isDirty()).isFalse();

        model.form().expectedDelegatesProperty().set("-5");
        assertThat(model.form().expectedDelegatesErrorProperty().get()).isNotNull();
        model.form().expectedDelegatesProperty().set("200");
        assertThat(model.form().expectedDelegatesErrorProperty().get()).isNull();
        assertThat(draft.get().conferences().get(0).expectedDelegates()).isEqualTo(200);
    }

    @Test
    void badDelegatesTextSurvivesAnEditOfAnotherFieldAndStopsSaving() {
        model.form().expectedDelegatesProperty().set("khoảng 180");
        model.form().venueProperty().set("Khách sạn Sài Gòn – Ban Mê");

        assertThat(draft.get().conferences().get(0).venue()).isEqualTo("Khách sạn Sài Gòn – Ban Mê");
        assertThat(model.form().expectedDelegatesProperty().get()).isEqualTo("khoảng 180");
        assertThat(model.form().expectedDelegatesErrorProperty().get()).isEqualTo("Số đại biểu dự kiến phải là số nguyên không âm");
        assertThat(draft.inputErrors()).containsValue("Số đại biểu dự kiến phải là số nguyên không âm");

        model.form().expectedDelegatesProperty().set("180");
        assertThat(draft.inputErrors()).isEmpty();
    }

    @Test
    void agendaItemsReorderAddAndRefuseABadDuration() {
        model.agenda().selectedProperty().set(1);
        model.agenda().moveUp();
        assertThat(draft.get().conferences().get(0).agenda().get(0).content())
                .startsWith("Trao đổi của các doanh nghiệp");
        assertThat(model.agenda().selectedProperty().get()).isZero();
        assertThat(model.agenda().rows().get(0).number()).isEqualTo("1.");
        model.agenda().moveDown();
        assertThat(draft.get().conferences().get(0).agenda().get(1).content())
                .startsWith("Trao đổi của các doanh nghiệp");

        model.agenda().add();
        int last = model.agenda().selectedProperty().get();
        assertThat(last).isEqualTo(5);
        model.agenda().editContent(last, "Tham quan Bảo tàng Dân tộc học");
        model.agenda().editDuration(last, "45");
        assertThat(draft.get().conferences().get(0).agenda().get(last))
                .isEqualTo(new AgendaItem("Tham quan Bảo tàng Dân tộc học", "", 45));
        model.agenda().editDuration(last, "nửa giờ");
        assertThat(model.agenda().errorProperty().get()).startsWith("Thời lượng phải là số phút nguyên dương");
        assertThat(draft.get().conferences().get(0).agenda().get(last).durationMinutes()).isEqualTo(45);
        model.agenda().delete();
        assertThat(draft.get().conferences().get(0).agenda()).hasSize(5);
    }

    @Test
    void anotherConferenceShowsItsOwnFieldsAndAgendaWithNothingSelectedOrRefused() {
        model.agenda().selectedProperty().set(2);
        model.agenda().editDuration(2, "nửa giờ");
        model.form().expectedDelegatesProperty().set("khoảng 180");
        assertThat(model.agenda().errorProperty().get()).isNotNull();

        model.selectedProperty().set(1);

        Conference lamDong = draft.get().conferences().get(1);
        assertThat(model.selectedIdProperty().get()).isEqualTo(SampleDelegation.CONFERENCE_LAM_DONG);
        assertThat(model.form().titleProperty().get()).isEqualTo(lamDong.title());
        assertThat(model.form().expectedDelegatesErrorProperty().get()).isNull();
        assertThat(draft.inputErrors()).as("saving no longer waits").isEmpty();
        assertThat(model.agenda().rows()).hasSize(lamDong.agenda().size());
        assertThat(model.agenda().selectedProperty().get()).isEqualTo(-1);
        assertThat(model.agenda().canDeleteProperty().get()).isFalse();
        assertThat(model.agenda().errorProperty().get()).isNull();
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void addingCreatesItsActivityAndDeletingRemovesIt() {
        model.add();
        assertThat(model.selectedIdProperty().get()).isEqualTo("hoi-nghi-3");
        assertThat(model.form().titleErrorProperty().get()).isEqualTo("chưa nhập, trường này là bắt buộc");
        Conference added = draft.get().conferences().get(2);
        ActivityRef ref = ProgrammeEdits.findConference(draft.get().programme(), "hoi-nghi-3").orElseThrow();
        assertThat(ref.slot()).isEqualTo(vn.delegationdesk.delegation.conference.ConferenceSchedule.slotOf(added));
        Activity activity = ProgrammeEdits.find(draft.get().programme(), ref).orElseThrow();
        assertThat(activity.kind()).isEqualTo(ActivityKind.CONFERENCE);

        model.form().titleProperty().set("Hội nghị tổng kết chuyến công tác");
        assertThat(model.form().titleErrorProperty().get()).isNull();
        assertThat(model.conferences().get(2).title()).isEqualTo("Hội nghị tổng kết chuyến công tác");
        assertThat(model.deleteQuestion()).isEqualTo("Xóa “Hội nghị tổng kết chuyến công tác” cùng buổi hội nghị trong chương trình?");

        model.delete();
        assertThat(draft.isDirty()).isFalse();
        assertThat(model.selectedIdProperty().get()).isEqualTo(SampleDelegation.CONFERENCE_LAM_DONG);
    }

    @Test
    void addingSaysWhyItIsGreyedWhenTheTripHasNoDayYet() {
        assertThat(model.addUnavailableProperty().get()).isEmpty();

        draft.load(SampleDelegation.create().toBuilder().id(2L).legs(java.util.List.of()).programme(java.util.List.of())
                .conferences(java.util.List.of()).nights(java.util.List.of()).build());

        assertThat(model.canAddProperty().get()).isFalse();
        assertThat(model.addUnavailableProperty().get()).isEqualTo("Chưa có ngày nào để đặt hội nghị: hãy nhập các chặng ở "
                + "Tổng quan (hoặc thêm ngày ở Chương trình) trước.");
    }
}
