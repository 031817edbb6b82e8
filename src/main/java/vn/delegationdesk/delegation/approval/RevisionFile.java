package vn.delegationdesk.delegation.approval;

import java.util.Arrays;
import java.util.Objects;

/** One document of a revision: its file name ("Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf") and its bytes as rendered then. */
public record RevisionFile(String fileName, byte[] bytes) {
    public RevisionFile {
        Objects.requireNonNull(fileName, "fileName");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes, without copying them. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RevisionFile that && fileName.equals(that.fileName) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RevisionFile[" + fileName + ", " + bytes.length + " bytes]";
    }
}
