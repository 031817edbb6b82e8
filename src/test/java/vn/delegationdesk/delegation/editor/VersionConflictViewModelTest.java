package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.SaveConflict;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.QueuedTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * Someone else saved the delegation I am editing, without a screen: my save is refused and the differences are offered
 * with their choices (reload, keep mine as a copy, cancel); the editor's poll finds the newer version and says so.
 */
class VersionConflictViewModelTest {
    private static final Instant AT = Instant.parse("2026-12-07T02:41:00Z");
    private static final String HER_TITLE = "Đoàn khảo sát du lịch cộng đồng (bản chị Bình sửa)";
    private static final String MY_TITLE = "Đoàn khảo sát du lịch cộng đồng (bản anh An sửa)";

    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Long> announced = new ArrayList<>();
    private InMemoryDelegationRepository repository;
    private DelegationService binh;
    private DelegationEditorViewModel editor;
    private long id;

    @BeforeEach
    void setUp() {
        repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        id = 1;
        DelegationService an = new DelegationService(repository, () -> "Nguyễn Văn An", Clock.fixed(AT.plusSeconds(300), ZoneOffset.UTC));
        binh = new DelegationService(repository, () -> "Trần Thị Bình", Clock.fixed(AT, ZoneOffset.UTC));
        editor = new DelegationEditorViewModel(an, new DirectTaskRunner(), dialogs, messages);
        editor.setOnStored(announced::add);
        VersionedDelegation opened = an.openVersioned(id).orElseThrow();
        editor.open(opened.delegation(), opened.version());
    }

    /** Chị Bình saves from the same version: a new title and one member fewer. */
    private StoredVersion binhSaves() {
        VersionedDelegation hers = binh.openVersioned(id).orElseThrow();
        List<Member> fewer = hers.delegation().members().subList(0, hers.delegation().members().size() - 1);
        return binh.save(hers.delegation().toBuilder().title(HER_TITLE).members(fewer).build(), hers.version());
    }

    private VersionConflictViewModel mySaveIsRefused() {
        editor.draft().update(b -> b.title(MY_TITLE));
        assertThat(editor.save()).isTrue();
        VersionConflictViewModel conflict = editor.versionConflictProperty().get();
        assertThat(conflict).isNotNull();
        return conflict;
    }

    @Test
    void mySaveAfterHersIsRefusedNamingHerAndTheTimeAndListingTheDifferences() {
        StoredVersion hers = binhSaves();
        Member dropped = SampleDelegation.create().members().get(36);

        VersionConflictViewModel conflict = mySaveIsRefused();

        String when = SaveConflict.when(hers);
        assertThat(conflict.title()).isEqualTo("Đã có người khác lưu đoàn này");
        assertThat(conflict.message()).startsWith("Đoàn này đã được Trần Thị Bình lưu lúc " + when + ", sau khi bạn mở nó. "
                + "Bản của bạn chưa được lưu, không có gì bị ghi đè.");
        assertThat(conflict.differences()).containsExactly(
                "Tên kế hoạch: bản của bạn “" + MY_TITLE + "”, bản đã lưu “" + HER_TITLE + "”",
                "Thành viên " + dropped.fullName() + ": chỉ có trong bản của bạn");
        assertThat(conflict.reloadText()).isEqualTo("Tải lại bản đã lưu");
        assertThat(conflict.copyText()).isEqualTo("Lưu bản của tôi thành bản sao");
        assertThat(conflict.cancelText()).isEqualTo("Hủy");
        assertThat(editor.saveStateProperty().get()).isEqualTo("Chưa lưu: đã có bản mới hơn");
        assertThat(editor.isDirty()).isTrue();
        assertThat(repository.findById(id).orElseThrow().title()).isEqualTo(HER_TITLE);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void reloadDropsMyEditsAndShowsHerVersion() {
        StoredVersion hers = binhSaves();
        VersionConflictViewModel conflict = mySaveIsRefused();

        conflict.reload();

        assertThat(conflict.closedProperty().get()).isTrue();
        assertThat(editor.versionConflictProperty().get()).isNull();
        assertThat(editor.titleProperty().get()).isEqualTo(HER_TITLE);
        assertThat(editor.draft().get().members()).hasSize(36);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.saveStateProperty().get()).isEqualTo("Đã tải lại bản của Trần Thị Bình");
        assertThat(editor.openedVersion()).isEqualTo(hers);
        assertThat(announced).containsExactly(id);

        editor.draft().update(b -> b.title("Sửa tiếp sau khi tải lại"));
        assertThat(editor.save()).isTrue();
        assertThat(editor.versionConflictProperty().get()).isNull();
        assertThat(repository.findById(id).orElseThrow().title()).isEqualTo("Sửa tiếp sau khi tải lại");
        assertThat(editor.openedVersion().version()).isEqualTo(3);
        assertThat(editor.openedVersion().savedBy()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void keepMineAsACopyStoresMyVersionAsANewDelegationAndShowsHers() {
        binhSaves();
        VersionConflictViewModel conflict = mySaveIsRefused();

        conflict.keepMineAsCopy();

        List<Delegation> all = repository.all();
        assertThat(all).hasSize(2);
        Delegation copy = all.get(1);
        assertThat(copy.title()).isEqualTo(MY_TITLE + " (bản sao)");
        assertThat(copy.members()).hasSize(37);
        assertThat(repository.findById(id).orElseThrow().title()).isEqualTo(HER_TITLE);
        assertThat(editor.titleProperty().get()).isEqualTo(HER_TITLE);
        assertThat(editor.isDirty()).isFalse();
        assertThat(announced).containsExactly(copy.id());
    }

    @Test
    void cancelKeepsMyEditsOpenAndStoresNothing() {
        binhSaves();
        VersionConflictViewModel conflict = mySaveIsRefused();

        conflict.cancel();
        conflict.reload();

        assertThat(editor.versionConflictProperty().get()).isNull();
        assertThat(editor.titleProperty().get()).isEqualTo(MY_TITLE);
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.saveStateProperty().get()).isEqualTo("Chưa lưu: bản của bạn vẫn đang mở");
        assertThat(repository.all()).hasSize(1);
        assertThat(repository.findById(id).orElseThrow().title()).isEqualTo(HER_TITLE);
        assertThat(announced).isEmpty();
    }

    @Test
    void thePollSaysWhoSavedANewerVersionAndOpensItsDifferences() {
        editor.checkForNewer();
        assertThat(editor.newerNoticeProperty().get()).isEmpty();

        StoredVersion hers = binhSaves();
        editor.checkForNewer();

        assertThat(editor.newerNoticeProperty().get())
                .isEqualTo("Đã có bản mới hơn do Trần Thị Bình lưu lúc " + SaveConflict.when(hers));
        assertThat(editor.versionConflictProperty().get()).isNull();

        editor.showNewer();
        VersionConflictViewModel newer = editor.versionConflictProperty().get();
        assertThat(newer.title()).isEqualTo("Bản mới hơn của đoàn này");
        assertThat(newer.message()).isEqualTo("Trần Thị Bình đã lưu đoàn này lúc " + SaveConflict.when(hers)
                + ", sau khi bạn mở nó. Những điểm khác với bản bạn đang sửa:");
        assertThat(newer.differences()).startsWith("Tên kế hoạch: bản của bạn “" + SampleDelegation.create().title()
                + "”, bản đã lưu “" + HER_TITLE + "”");

        newer.reload();
        assertThat(editor.newerNoticeProperty().get()).isEmpty();
        assertThat(editor.titleProperty().get()).isEqualTo(HER_TITLE);
        editor.checkForNewer();
        assertThat(editor.newerNoticeProperty().get()).isEmpty();
    }

    @Test
    void myOwnSaveIsNoNewerVersion() {
        editor.draft().update(b -> b.title(MY_TITLE));
        editor.save();

        editor.checkForNewer();

        assertThat(editor.newerNoticeProperty().get()).isEmpty();
        assertThat(editor.saveStateProperty().get()).startsWith("Đã lưu lúc ");
    }

    @Test
    void aSaveBeforeTheVersionWasLookedUpIsRefusedWhenSomeoneSavedInBetween() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        DelegationService an = new DelegationService(repository, () -> "Nguyễn Văn An");
        DelegationEditorViewModel slow = new DelegationEditorViewModel(an, queued, dialogs, messages);
        slow.open(repository.findById(id).orElseThrow());
        // The members' check of the open runs; the version's lookup waits until chị Bình has saved.
        queued.runNext();
        binhSaves();
        slow.draft().update(b -> b.title(MY_TITLE));

        assertThat(slow.save()).isTrue();
        queued.runAll();

        assertThat(slow.openedVersion()).isNull();
        VersionConflictViewModel conflict = slow.versionConflictProperty().get();
        assertThat(conflict.message()).startsWith("Đoàn này đã được Trần Thị Bình lưu lúc ");
        assertThat(repository.findById(id).orElseThrow().title()).isEqualTo(HER_TITLE);
    }

    @Test
    void anEditorOpenedWithoutAVersionLooksItUpAndStillRefusesAnOverwrite() {
        editor.open(repository.findById(id).orElseThrow());
        assertThat(editor.openedVersion().version()).isEqualTo(1);
        binhSaves();

        VersionConflictViewModel conflict = mySaveIsRefused();

        assertThat(conflict.message()).startsWith("Đoàn này đã được Trần Thị Bình lưu lúc ");
        assertThat(repository.findById(id).orElseThrow().title()).isEqualTo(HER_TITLE);
    }
}
