package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel.TextColumn;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.StayDerivation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
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
        var conferences = new ArrayList<>(editor.draft().get().conferences());
        var first = conferences.get(0);
        conferences.set(0, new Conference(first.id(), first.title(), first.date(),
                first.halfDay(), "Hội trường\u001b A", first.venueStandard(), first.expectedDelegates(), first.coOrganiser(),
                first.agenda()));
        editor.draft().update(b -> b.conferences(conferences));

        // The conference is named by the first 80 characters of its long title.
        assertThat(editor.problems()).containsExactly("Hội nghị 1 (" + first.title().substring(0, 80) + "…) – Địa điểm: "
                + "có ký tự điều khiển không in được (U+001B) ở vị trí 11");
    }

    @Test
    void everyNewlyCheckedFieldIsNamedByTheLabelItsFormShows() {
        ProblemDescriber describer = new ProblemDescriber(messages);
        var d = editor.draft().get();
        Function<String, String> at = path -> describer.describe(
                ValidationError.of(path, "validation.text.control", "U+0007", 3), d);
        String bell = ": có ký tự điều khiển không in được (U+0007) ở vị trí 3";

        assertThat(at.apply("document.symbol")).isEqualTo("Ký hiệu" + bell);
        assertThat(at.apply("signer.name")).isEqualTo("Họ tên người ký" + bell);
        assertThat(at.apply("fundingSource")).isEqualTo("Kinh phí" + bell);
        assertThat(at.apply("purposes[1]")).isEqualTo("Mục đích, yêu cầu (dòng 2)" + bell);
        assertThat(at.apply("recipients[0]")).isEqualTo("Nơi nhận (dòng 1)" + bell);
        assertThat(at.apply("legalBases[0].subject")).startsWith("Căn cứ 1 (").endsWith(") – Trích yếu" + bell);
        assertThat(at.apply("legs[0].summary")).isEqualTo("Chặng 1 (" + d.legs().get(0).place() + ") – Nội dung tại địa phương" + bell);
        assertThat(at.apply("members[2].notes")).isEqualTo("Thành viên 3 (" + d.members().get(2).fullName() + ") – Ghi chú" + bell);
        assertThat(at.apply("groups[0].description")).endsWith(") – Mô tả" + bell);
        assertThat(at.apply("programme[0].activities[1].host")).endsWith(" – Hoạt động 2 – Đơn vị đón tiếp" + bell);
        assertThat(at.apply("conferences[0].agenda[2].presenter"))
                .endsWith("…) – Nội dung hội nghị – Người trình bày (dòng 3)" + bell);
        assertThat(at.apply("responsibilities[0].duties[1]")).endsWith(") – Nhiệm vụ (dòng 2)" + bell);
    }

    @Test
    void aNightsTextProblemNamesTheNightAndTheField() {
        var d = editor.draft().get();
        var nights = StayDerivation.nights(d.firstDate().orElseThrow(), d.lastDate().orElseThrow(),
                d.legs(), d.programme());
        var first = nights.get(0);
        nights = new ArrayList<>(nights);
        nights.set(0, first.withAccommodation(new Accommodation("Khách sạn\u0007 A", "", "", false)));
        var withNights = nights;
        editor.draft().update(b -> b.nights(withNights));

        assertThat(editor.problems()).containsExactly("Lưu trú – Đêm "
                + VietnameseDates.format(first.date())
                + " – Khách sạn: có ký tự điều khiển không in được (U+0007) ở vị trí 10");
    }
}
