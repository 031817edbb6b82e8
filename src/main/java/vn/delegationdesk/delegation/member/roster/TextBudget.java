package vn.delegationdesk.delegation.member.roster;

/**
 * The characters of text a workbook read may keep in all (shared strings and cells' own text together): at most
 * {@link WorkbookReader#MAX_TEXT_CHARS}, so that memory stays bounded however many long texts a file holds.
 */
final class TextBudget {
    private long used;

    void add(int chars, String fileName) {
        used += chars;
        if (used > WorkbookReader.MAX_TEXT_CHARS) {
            throw RosterException.of("roster.error.tooMuchText", "more than " + WorkbookReader.MAX_TEXT_CHARS + " characters",
                    null, fileName, WorkbookReader.MAX_TEXT_CHARS);
        }
    }
}
