package vn.delegationdesk.platform.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import vn.delegationdesk.common.Phrase;

/** Why a file could not be written, as the user should read it (bundle keys "io.reason.*"). */
public final class WriteFailures {
    private WriteFailures() {
    }

    public static Phrase reason(Throwable failure) {
        if (failure instanceof NoSuchFileException) {
            return Phrase.of("io.reason.noFolder");
        }
        if (failure instanceof AccessDeniedException) {
            return Phrase.of("io.reason.denied");
        }
        if (failure instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(Locale.ROOT).contains("directory")) {
            return Phrase.of("io.reason.isFolder");
        }
        return Phrase.of("io.reason.other", failure.getClass().getSimpleName());
    }
}
