package vn.delegationdesk.platform.i18n;

/**
 * Vietnamese personal names sort by the given name, the last word ("Nguyễn Văn An" among the A's), then by
 * the whole name; marks are folded so "Ánh" sorts with "Anh", as lists in public documents are ordered.
 */
public final class VietnameseNames {
    private VietnameseNames() {
    }

    public static String sortKey(String fullName) {
        String folded = TextFolding.fold(fullName);
        int space = folded.lastIndexOf(' ');
        String given = space < 0 ? folded : folded.substring(space + 1);
        return given + " " + folded;
    }
}
