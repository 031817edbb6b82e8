package vn.delegationdesk.delegation.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeEdits;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TimeInput;
import vn.delegationdesk.sample.SampleDelegation;

/** "Từ giờ" and "Đến giờ" of an activity in the programme editor, without a screen. */
class ActivityFormTimesTest {
    private static final LocalDate D14 = LocalDate.of(2025, 10, 14);
    private static final ActivityRef EVENING_VISIT = new ActivityRef(D14, HalfDay.EVENING, 0);
    private static final String REFUSED = "Từ giờ không phải giờ hợp lệ; hãy nhập giờ:phút từ 00:00 đến 23:59, ví dụ 08:00 hoặc 8h30";

    private final Messages messages = new Messages();
    private final DelegationDraft draft = new DelegationDraft(messages);
    private ProgrammeEditorViewModel model;

    @BeforeEach
    void loadTheSample() {
        draft.load(SampleDelegation.create().withId(1L));
        model = new ProgrammeEditorViewModel(draft, messages);
        model.select(EVENING_VISIT);
    }

    private Activity stored() {
        return ProgrammeEdits.find(draft.get().programme(), EVENING_VISIT).orElseThrow();
    }

    private String rowText() {
        return model.days().stream().filter(d -> d.date().equals(D14)).findFirst().orElseThrow().sessions().stream()
                .filter(s -> s.slot().halfDay() == HalfDay.EVENING).findFirst().orElseThrow().rows().get(0).description();
    }

    @Test
    void typedTimesAreStoredAndShownInTheActivitysRow() {
        model.form().startTime().textProperty().set("19h30");
        model.form().endTime().textProperty().set("21:00");

        assertThat(stored().startTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(stored().endTime()).isEqualTo(LocalTime.of(21, 0));
        assertThat(rowText()).isEqualTo("19:30–21:00 Khảo sát thực tế.");
        assertThat(draft.inputErrors()).isEmpty();
    }

    @Test
    void editingATimedActivityKeepsItsTimes() {
        model.form().startTime().textProperty().set("8h30");
        model.form().endTime().textProperty().set("11:30");
        model.select(null);
        model.select(EVENING_VISIT);
        assertThat(model.form().startTime().textProperty().get()).isEqualTo("08:30");

        model.form().descriptionProperty().set("Khảo sát thực tế tại làng nghề.");

        assertThat(stored().description()).isEqualTo("Khảo sát thực tế tại làng nghề.");
        assertThat(stored().startTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(stored().endTime()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void aTimeThatIsNotATimeStaysTypedAndBlocksSavingWithItsMessage() {
        model.form().startTime().textProperty().set("14:00");
        model.form().startTime().textProperty().set("25:00");

        assertThat(model.form().startTime().textProperty().get()).isEqualTo("25:00");
        assertThat(model.form().startTime().errorProperty().get()).isEqualTo(REFUSED);
        assertThat(draft.inputErrors()).containsValue(REFUSED);
        assertThat(stored().startTime()).as("the last good time stays").isEqualTo(LocalTime.of(14, 0));

        model.form().startTime().textProperty().set("");
        assertThat(draft.inputErrors()).isEmpty();
        assertThat(stored().startTime()).isNull();
    }

    @Test
    void choosingAnotherActivityForgetsTheWrongText() {
        model.form().endTime().textProperty().set("8h75");
        assertThat(draft.inputErrors()).hasSize(1);

        model.select(new ActivityRef(D14, HalfDay.MORNING, 0));

        assertThat(draft.inputErrors()).isEmpty();
        assertThat(model.form().endTime().textProperty().get()).isEmpty();
    }

    @Test
    void theClerksWaysOfWritingATime() {
        assertThat(TimeInput.parse("08:00")).contains(LocalTime.of(8, 0));
        assertThat(TimeInput.parse("8h30")).contains(LocalTime.of(8, 30));
        assertThat(TimeInput.parse("14:00")).contains(LocalTime.of(14, 0));
        assertThat(TimeInput.parse("8h")).contains(LocalTime.of(8, 0));
        assertThat(TimeInput.parse("7 giờ 45")).contains(LocalTime.of(7, 45));
        assertThat(TimeInput.parse("25:00")).isEmpty();
        assertThat(TimeInput.parse("8h75")).isEmpty();
        assertThat(TimeInput.parse("sáng")).isEmpty();
    }
}
