package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel.TextColumn;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The text policy where the editor shows problems: the header's "Còn N lỗi" list (with the part of the plan each is in),
 * the field's own decoration, and the refused save, for a title one character too long and a hidden direction override
 * pasted into a member's name.
 */
class EditorTextProblemsTest {
    private static final String OVERRIDE = "có ký tự ẩn đổi hướng chữ (U+202E) ở vị trí 12, có thể làm chữ hiện khác với nội dung thật";

    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private InMemoryDelegationRepository repository;
    private DelegationEditorViewModel editor;
    private MembersEditorViewModel members;

    @BeforeEach
    void setUp() {
        repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        editor = new DelegationEditorViewModel(new DelegationService(repository), new DirectTaskRunner(), dialogs, messages);
        members = new MembersEditorViewModel(editor.draft(), editor.conflicts(), messages, editor::describe);
        editor.open(repository.findById(1).orElseThrow());
    }

    @Test
    void aTitleOneCharacterTooLongIsNamedWithItsLengthAndTheLimit() {
        editor.draft().update(b -> b.title("Đ".repeat(2001)));

        assertThat(editor.problems()).containsExactly("Tên kế hoạch: dài 2.001 ký tự, tối đa 2.000");
        assertThat(editor.problemAreas()).containsExactly("title");
        assertThat(editor.draft().errorAt("title").get()).as("the title field's decoration").isEqualTo("dài 2.001 ký tự, tối đa 2.000");
        assertThat(editor.save()).isFalse();
        assertThat(dialogs.shown("error").get(0).message()).contains("Còn 1 lỗi", "Tên kế hoạch: dài 2.001 ký tự, tối đa 2.000");
        assertThat(repository.findById(1).orElseThrow().title()).isEqualTo(SampleDelegation.create().title());
    }

    @Test
    void aDirectionOverridePastedIntoAMembersNameIsNamedByMemberFieldCodeAndPosition() {
        Member fourth = editor.draft().get().members().get(3);

        assertThat(members.edit(fourth, TextColumn.FULL_NAME, "Nguyễn Văn \u202E An")).as("the cell takes what was pasted").isNull();

        Member edited = editor.draft().get().members().get(3);
        assertThat(members.problem(edited, "fullName")).as("the cell's mark").isEqualTo(OVERRIDE);
        assertThat(editor.problems()).containsExactly("Thành viên 4 (Nguyễn Văn \uFFFD An) – Họ và tên: " + OVERRIDE);
        assertThat(editor.problemAreas()).containsExactly("members");
        assertThat(editor.save()).isFalse();
        assertThat(repository.findById(1).orElseThrow().members().get(3).fullName()).isEqualTo(fourth.fullName());
    }

    @Test
    void anEscapeInAConferenceVenueNamesTheConferenceShortenedAndTheField() {
        var conferences = new java.util.ArrayList<>(editor.draft().get().conferences());
        var first = conferences.get(0);
        conferences.set(0, new vn.delegationdesk.delegation.conference.Conference(first.id(), first.title(), first.date(),
                first.halfDay(), "Hội trường\u001b A", first.venueStandard(), first.expectedDelegates(), first.coOrganiser(),
                first.agenda()));
        editor.draft().update(b -> b.conferences(conferences));

        // The conference is named by the first 80 characters of its long title.
        assertThat(editor.problems()).containsExactly("Hội nghị 1 (" + first.title().substring(0, 80) + "…) – Địa điểm: "
                + "có ký tự điều khiển không in được (U+001B) ở vị trí 11");
    }
}
