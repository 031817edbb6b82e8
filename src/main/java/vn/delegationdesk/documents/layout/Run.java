package vn.delegationdesk.documents.layout;

import java.util.Objects;

/** A piece of text in one style. Text is NFC-normalised by the writers: iText does no shaping of NFD marks. */
public record Run(String text, boolean bold, boolean italic, boolean underline) {
    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run plain(String text) {
        return new Run(text, false, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true, false);
    }

    public static Run boldItalic(String text) {
        return new Run(text, true, true, false);
    }
}
