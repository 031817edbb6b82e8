package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StartupProblem.Kind;
import vn.delegationdesk.app.StartupProblem.Option;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.db.StoreException.Reason;

/** Which ways out the start-up dialog offers for each reason the store did not open. */
class StartupProblemTest {
    @Test
    void aDamagedFileOffersTheNewestBackupWhenThereIsOne() {
        StartupProblem problem = StartupProblem.of(failure(Reason.CORRUPT), true, true);

        assertThat(problem.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(problem.options()).containsExactly(Option.RESTORE_NEWEST_BACKUP, Option.CHOOSE_OTHER_FOLDER, Option.CLOSE);
        assertThat(problem.asksPassword()).isFalse();
    }

    @Test
    void aDamagedFileWithoutBackupsOffersAnotherFolderOrClose() {
        assertThat(StartupProblem.of(failure(Reason.CORRUPT), true, false).options())
                .containsExactly(Option.CHOOSE_OTHER_FOLDER, Option.CLOSE);
    }

    @Test
    void aStoreInAnotherWindowOrFromANewerVersionIsNeverOfferedARestore() {
        for (Reason reason : List.of(Reason.IN_USE, Reason.NEWER_VERSION, Reason.OTHER)) {
            StartupProblem problem = StartupProblem.of(failure(reason), true, true);
            assertThat(problem.options()).as(reason.name()).containsExactly(Option.CHOOSE_OTHER_FOLDER, Option.CLOSE);
        }
        assertThat(StartupProblem.of(failure(Reason.IN_USE), true, true).kind()).isEqualTo(Kind.IN_USE);
        assertThat(StartupProblem.of(failure(Reason.NEWER_VERSION), true, true).kind()).isEqualTo(Kind.NEWER_VERSION);
    }

    @Test
    void anEncryptedStoreAsksForThePasswordAgainAfterAWrongOne() {
        StartupProblem first = StartupProblem.of(failure(Reason.PASSWORD_REQUIRED), true, true);
        StartupProblem wrong = StartupProblem.of(failure(Reason.WRONG_PASSWORD), true, true);

        assertThat(first.asksPassword()).isTrue();
        assertThat(first.kind()).isEqualTo(Kind.PASSWORD_REQUIRED);
        assertThat(wrong.asksPassword()).isTrue();
        assertThat(wrong.kind()).isEqualTo(Kind.WRONG_PASSWORD);
    }

    @Test
    void anUnexpectedFailureOrAWindowWithoutASessionOnlyCloses() {
        StartupProblem unexpected = StartupProblem.of(new IllegalStateException("boom"), true, true);
        StartupProblem noSession = StartupProblem.of(failure(Reason.CORRUPT), false, true);

        assertThat(unexpected.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(unexpected.closesOnly()).isTrue();
        assertThat(noSession.closesOnly()).isTrue();
        assertThat(StartupProblem.of(failure(Reason.WRONG_PASSWORD), false, false).asksPassword()).isFalse();
    }

    private static StoreException failure(Reason reason) {
        return new StoreException(reason, "store.error.corrupt", List.of("/du-lieu"), "test", null);
    }
}
