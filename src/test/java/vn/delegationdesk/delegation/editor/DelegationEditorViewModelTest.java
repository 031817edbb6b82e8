package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.persistence.SettingsMappingMemory;
import vn.delegationdesk.delegation.member.ui.MemberWorkbookCommands;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService.UnsavedChoice;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.InMemorySettingsRepository;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestDelegations;

/** The editor's commands without a screen: unsaved-changes tracking, refused and successful saves, leaving, create, copy, delete. */
class DelegationEditorViewModelTest {
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private InMemoryDelegationRepository repository;
    private DelegationEditorViewModel editor;
    private MembersEditorViewModel members;
    private MemberWorkbookCommands workbook;
    private final List<Long> stored = new ArrayList<>();
    private long sampleId;

    @BeforeEach
    void setUp() {
        repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        sampleId = 1;
        editor = new DelegationEditorViewModel(new DelegationService(repository), new DirectTaskRunner(), dialogs, messages);
        members = new MembersEditorViewModel(editor.draft(), editor.conflicts(), messages, editor::describe);
        workbook = new MemberWorkbookCommands(editor, members,
                new RosterService(new SettingsMappingMemory(new InMemorySettingsRepository())),
                new DirectTaskRunner(), dialogs, messages);
        editor.setOnStored(stored::add);
        editor.open(repository.findById(sampleId).orElseThrow());
    }

    @Test
    void anEditMakesItDirtyAndUndoingTheSameEditMakesItCleanAgain() {
        String title = editor.draft().get().title();
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.saveStateProperty().get()).isEmpty();

        editor.draft().update(b -> b.title("Đoàn khảo sát Tây Nguyên"));
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.canSaveProperty().get()).isTrue();
        assertThat(editor.saveStateProperty().get()).isEqualTo("Có thay đổi chưa lưu");
        assertThat(editor.titleProperty().get()).isEqualTo("Đoàn khảo sát Tây Nguyên");

        editor.draft().update(b -> b.title(title));
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void greyedSaveAndUndoSayWhy() {
        String title = editor.draft().get().title();
        assertThat(editor.saveUnavailableProperty().get()).isEqualTo("Chưa có thay đổi nào để lưu.");
        assertThat(editor.revertUnavailableProperty().get()).isEqualTo("Chưa có thay đổi nào để bỏ.");
        assertThat(editor.stateTextProperty().get()).isEqualTo("Chưa có thay đổi nào để lưu.");

        editor.draft().update(b -> b.title("Đoàn khảo sát Tây Nguyên"));
        assertThat(editor.saveUnavailableProperty().get()).isEmpty();
        assertThat(editor.revertUnavailableProperty().get()).isEmpty();
        assertThat(editor.stateTextProperty().get()).isEqualTo("Có thay đổi chưa lưu");

        // Typed back to what is stored: nothing is unsaved, and the line says so.
        editor.draft().update(b -> b.title(title));
        assertThat(editor.stateTextProperty().get()).isEqualTo("Chưa có thay đổi nào để lưu.");

        editor.open(null);
        assertThat(editor.saveUnavailableProperty().get()).isEqualTo("Chưa mở đoàn công tác nào.");
    }

    @Test
    void saveStoresTheDraftAndTheStoreHasIt() {
        editor.draft().update(b -> b.title("Đoàn khảo sát Tây Nguyên").plannedSize(40));

        assertThat(editor.save()).isTrue();

        Delegation again = repository.findById(sampleId).orElseThrow();
        assertThat(again.title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
        assertThat(again.plannedSize()).isEqualTo(40);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.saveStateProperty().get()).startsWith("Đã lưu lúc ");
        assertThat(stored).containsExactly(sampleId);
    }

    @Test
    void anInvalidDraftIsRefusedNamingEveryFieldAndKeepsWhatWasTyped() {
        editor.draft().update(b -> b.title("").endDate(LocalDate.of(2025, 10, 10)));
        editor.draft().reportInputError("plannedSize", "Số lượng dự kiến phải là số nguyên không âm, ví dụ 37");

        assertThat(editor.save()).isFalse();

        assertThat(editor.problems()).containsExactly(
                "Số lượng dự kiến phải là số nguyên không âm, ví dụ 37",
                "Tên kế hoạch: chưa nhập, trường này là bắt buộc",
                "Ngày về: ngày kết thúc trước ngày bắt đầu");
        assertThat(dialogs.shown("error")).hasSize(1);
        assertThat(dialogs.shown("error").get(0).message()).contains("3 lỗi").contains("Tên kế hoạch");
        assertThat(editor.draft().get().title()).isEmpty();
        assertThat(editor.isDirty()).isTrue();
        assertThat(repository.findById(sampleId).orElseThrow().title()).isEqualTo(SampleDelegation.create().title());
        assertThat(editor.saveStateProperty().get()).isEqualTo("Chưa lưu được: còn 3 lỗi");
    }

    @Test
    void aMemberProblemSaysWhichMemberAndWhichField() {
        Delegation d = editor.draft().get();
        var members = new ArrayList<>(d.members());
        var m = members.get(3);
        members.set(3, new Member(m.id(), m.fullName(), m.gender(), m.dateOfBirth(), m.position(),
                m.sendingUnit(), m.groupId(), m.allowanceCoefficient(), m.onStatePayroll(), m.phone(), "12345",
                m.role(), m.notes(), m.sample()));
        editor.draft().update(b -> b.members(members));

        assertThat(editor.problems()).containsExactly("Thành viên 4 (" + m.fullName()
                + ") – Số CCCD/CMND: số định danh (CCCD/CMND) phải gồm 9 hoặc 12 chữ số");
    }

    @Test
    void leavingWithUnsavedChangesAsksAndEachAnswerDoesWhatItSays() {
        List<String> happened = new ArrayList<>();
        editor.draft().update(b -> b.title("Đổi tên"));

        dialogs.answerUnsaved(UnsavedChoice.CANCEL);
        editor.leave(() -> happened.add("left"), () -> happened.add("stayed"));
        assertThat(happened).containsExactly("stayed");
        assertThat(editor.draft().get().title()).isEqualTo("Đổi tên");

        dialogs.answerUnsaved(UnsavedChoice.DISCARD);
        editor.leave(() -> happened.add("left"), () -> happened.add("stayed"));
        assertThat(happened).containsExactly("stayed", "left");
        assertThat(editor.isDirty()).isFalse();
        assertThat(repository.findById(sampleId).orElseThrow().title()).isEqualTo(SampleDelegation.create().title());

        editor.draft().update(b -> b.title("Lưu trước khi đi"));
        dialogs.answerUnsaved(UnsavedChoice.SAVE);
        editor.leave(() -> happened.add("left after save"), () -> happened.add("stayed"));
        assertThat(happened).containsExactly("stayed", "left", "left after save");
        assertThat(repository.findById(sampleId).orElseThrow().title()).isEqualTo("Lưu trước khi đi");
        assertThat(dialogs.shown("unsaved")).hasSize(3);
    }

    @Test
    void leavingWithAnInvalidDraftAndChoosingSaveStays() {
        List<String> happened = new ArrayList<>();
        editor.draft().update(b -> b.title(""));
        dialogs.answerUnsaved(UnsavedChoice.SAVE);

        editor.leave(() -> happened.add("left"), () -> happened.add("stayed"));

        assertThat(happened).containsExactly("stayed");
        assertThat(editor.draft().get().title()).isEmpty();
    }

    @Test
    void leavingWithoutChangesAsksNothing() {
        List<String> happened = new ArrayList<>();
        editor.leave(() -> happened.add("left"), () -> happened.add("stayed"));
        assertThat(happened).containsExactly("left");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void createStoresANewDraftWithTheFixedPartsOfTheOpenedOne() {
        editor.create("Đoàn khảo sát Huế", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 9));

        assertThat(stored).containsExactly(2L);
        Delegation created = repository.findById(2).orElseThrow();
        assertThat(created.title()).isEqualTo("Đoàn khảo sát Huế");
        assertThat(created.startDate()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(created.status()).isEqualTo(DelegationStatus.DRAFT);
        assertThat(created.issuingBody().name()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(created.signer().name()).isEqualTo("Bạch Liên Hương");
        assertThat(created.members()).isEmpty();
        assertThat(created.legs()).isEmpty();
    }

    @Test
    void whatANewDelegationWouldTakeIsShownAndCanBeDeclined() {
        assertThat(editor.inheritedBody()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO (UBND THÀNH PHỐ HÀ NỘI); người ký: GIÁM ĐỐC "
                + "Bạch Liên Hương");

        editor.create("Đoàn học tập kinh nghiệm tại thành phố Huế", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 9),
                new BodyChoice.Blank());

        Delegation created = repository.findById(2).orElseThrow();
        assertThat(created.issuingBody().name()).isEmpty();
        assertThat(created.issuingBody().parentBody()).isEmpty();
        assertThat(created.signer().name()).isEmpty();
        assertThat(created.document().symbol()).isEmpty();
    }

    @Test
    void createRefusesAnEmptyTitleWithoutWriting() {
        editor.create(" ", null, null);
        assertThat(stored).isEmpty();
        assertThat(repository.all()).hasSize(1);
        assertThat(dialogs.shown("error").get(0).message()).isEqualTo("Tên kế hoạch: chưa nhập, trường này là bắt buộc");
    }

    @Test
    void aCopyIsOfferedATitleOfItsOwn() {
        String title = SampleDelegation.create().title();
        assertThat(editor.copyTitle(LocalDate.of(2026, 10, 13))).isEqualTo(title + " (bản sao)");
        assertThat(editor.copyTitle(LocalDate.of(2025, 12, 1))).isEqualTo(title + " (bản sao)");

        editor.draft().update(b -> b.title("Đoàn khảo sát tháng 10/2025 về phát triển văn hóa giai đoạn 2021-2025, năm 2025"));
        assertThat(editor.copyTitle(LocalDate.of(2026, 10, 13)))
                .isEqualTo("Đoàn khảo sát tháng 10/2026 về phát triển văn hóa giai đoạn 2021-2025, năm 2026");

        editor.draft().update(b -> b.title("Đoàn học tập giai đoạn 2021 – 2025"));
        assertThat(editor.copyTitle(LocalDate.of(2026, 10, 13))).isEqualTo("Đoàn học tập giai đoạn 2021 – 2025 (bản sao)");
    }

    @Test
    void copyMovesTheWholeTripAndLeavesTheSourceAsItWas() {
        editor.copy("Đoàn khảo sát năm 2026", LocalDate.of(2026, 10, 13), false);

        Delegation copy = repository.findById(2).orElseThrow();
        assertThat(copy.title()).isEqualTo("Đoàn khảo sát năm 2026");
        assertThat(copy.legs().get(1).startDate()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(copy.programme()).hasSize(6);
        assertThat(copy.members()).isEmpty();
        assertThat(copy.groups()).hasSize(4);
        assertThat(copy.sample()).isFalse();
        assertThat(repository.findById(sampleId).orElseThrow()).isEqualTo(SampleDelegation.create().withId(sampleId));
    }

    @Test
    void deleteAsksFirstAndRemovesOnlyThatDelegation() {
        repository.insert(TestDelegations.simple("Đoàn khác", DelegationStatus.DRAFT, "tỉnh Lào Cai",
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 3), 3, 2));
        List<String> happened = new ArrayList<>();
        editor.setOnDeleted(() -> happened.add("deleted"));

        dialogs.answer(false);
        editor.delete();
        assertThat(repository.all()).hasSize(2);

        dialogs.answer(true);
        editor.delete();
        assertThat(repository.all()).extracting(Delegation::title).containsExactly("Đoàn khác");
        assertThat(happened).containsExactly("deleted");
        assertThat(editor.presentProperty().get()).isFalse();
        assertThat(dialogs.shown("confirm").get(0).message()).contains(SampleDelegation.create().title()).contains("37");
        assertThat(dialogs.confirmedActions()).containsOnly("Xóa đoàn");
    }

    @Test
    void importedMembersAreStoredInOneSaveOrSaidToWaitForTheOtherProblems() {
        var newcomer = new Member("tv-100", "Phan Thị Ngọc", Gender.FEMALE,
                null, "Chuyên viên", "Văn phòng Sở", "", null, true, "", "001190000100",
                DelegationRole.MEMBER, "", false);

        workbook.importMembers(List.of(newcomer));
        assertThat(repository.findById(sampleId).orElseThrow().members()).hasSize(38);
        assertThat(members.noticeProperty().get()).isEqualTo("Đã thêm 1 thành viên từ tệp Excel.");

        editor.draft().update(b -> b.title(""));
        var second = new Member("tv-101", "Đỗ Văn Khoa", Gender.MALE,
                null, "Chuyên viên", "Văn phòng Sở", "", null, true, "", "001090000101",
                DelegationRole.MEMBER, "", false);
        workbook.importMembers(List.of(second));
        assertThat(editor.draft().get().members()).hasSize(39);
        assertThat(repository.findById(sampleId).orElseThrow().members()).hasSize(38);
        assertThat(members.noticeProperty().get()).startsWith("Đã thêm 1 thành viên từ tệp Excel vào danh sách nhưng "
                + "chưa lưu được: còn 1 lỗi khác");
    }
}
