package vn.delegationdesk.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import vn.delegationdesk.common.LocalizedFailure;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;

/** The rules every outcome is held to: what a refusal may say, and what an accepted file may have stored. */
final class Judge {
    private static final Pattern TECHNICAL = Pattern.compile(
            "Exception|java\\.|javax\\.|org\\.apache|com\\.fasterxml|\\tat |\\{\\d\\}");
    /** What the file itself said, quoted in a message: not the app's wording, so not held to it. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"|“[^”\\n]*”");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Judge() {
    }

    /**
     * A refusal the user can act on: a Vietnamese sentence from a file-format or validation failure. A failure of
     * the store (the file got as far as the database) or any other exception is a finding.
     */
    static Outcome refusal(Throwable failure, Messages messages) {
        if (failure instanceof StoreException) {
            return Outcome.broken("reached the store: " + failure);
        }
        if (!(failure instanceof ValidationException) && !(failure instanceof LocalizedFailure)) {
            return Outcome.broken("unexpected " + failure);
        }
        String message;
        try {
            message = messages.describeFailure(failure, "\n");
        } catch (RuntimeException e) {
            return Outcome.broken("message cannot be written: " + e);
        }
        if (message.isBlank() || TECHNICAL.matcher(QUOTED.matcher(message).replaceAll("\"…\"")).find()) {
            return Outcome.broken("technical message: " + message);
        }
        return Outcome.refused(message);
    }

    /** The first character of {@code packageText}'s strings the text policy forbids, or null. */
    static String forbiddenCharacter(String packageText) {
        try {
            return firstForbidden(JSON.readTree(packageText));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstForbidden(JsonNode node) {
        if (node.isTextual()) {
            return forbidden(node.textValue());
        }
        for (JsonNode child : node) {
            String found = firstForbidden(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** C0 and C1 controls but tab and line breaks, DEL, unpaired surrogates, direction overrides and isolates. */
    static String forbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                i++;
                continue;
            }
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
            boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            if (control || bidi || Character.isSurrogate(c)) {
                return String.format("U+%04X at %d in \"%s\"", (int) c, i, text.length() > 60 ? text.substring(0, 60) : text);
            }
        }
        return null;
    }
}
