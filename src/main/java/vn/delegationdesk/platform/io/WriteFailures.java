package vn.delegationdesk.platform.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.common.Phrase;

/** Why a file could not be written, as the user should read it (bundle keys "io.reason.*"). */
public final class WriteFailures {
    /** How the systems word ENOSPC and EDQUOT (Linux, macOS; Windows' ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL). */
    private static final List<String> DISK_FULL = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "disk is full");
    /** EROFS (Linux, macOS) and Windows' ERROR_WRITE_PROTECT. */
    private static final List<String> READ_ONLY = List.of("read-only file system", "write-protected", "write protected");

    private WriteFailures() {
    }

    public static Phrase reason(Throwable failure) {
        if (isDiskFull(failure)) {
            return Phrase.of("io.reason.diskFull");
        }
        if (isReadOnly(failure)) {
            return Phrase.of("io.reason.readOnly");
        }
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

    /** Whether an I/O failure in the cause chain says the disk (or the user's quota on it) is full. */
    public static boolean isDiskFull(Throwable failure) {
        return saysAny(failure, DISK_FULL);
    }

    /** Whether an I/O failure in the cause chain says the file system is read-only (remounted so, or write-protected). */
    public static boolean isReadOnly(Throwable failure) {
        return saysAny(failure, READ_ONLY);
    }

    private static boolean saysAny(Throwable failure, List<String> words) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                String text = io instanceof FileSystemException fs ? fs.getReason() : io.getMessage();
                if (text != null && words.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
