package vn.delegationdesk.exchange.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * From a file to a JSON tree, refusing with one clear message whatever is not a JSON text within the limits: too
 * large, unreadable, not UTF-8, not JSON, cut short, extra data after it, a limit of {@link JsonLimits} exceeded, a
 * repeated key, a negative zero. The file as a whole has the path {@code $}; a problem of one value has the value's
 * path, and every problem found while parsing has its line and column. No stack trace ever reaches the user.
 */
public final class PackageText {
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private PackageText() {
    }

    public static JsonNode load(Path file, ExchangeFile kind) {
        return parse(decode(read(file, kind), kind), kind);
    }

    /** The size is checked before reading, and again while reading in case the file grows meanwhile. */
    public static byte[] read(Path file, ExchangeFile kind) {
        try {
            long size = Files.size(file);
            if (size > kind.maxBytes()) {
                throw tooLarge(size, kind);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) kind.maxBytes() + 1);
                if (bytes.length > kind.maxBytes()) {
                    throw tooLarge(bytes.length, kind);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw PackageException.of(JsonPaths.ROOT, "exchange.error.fileNotFound", file.toString());
        } catch (IOException e) {
            throw PackageException.of(JsonPaths.ROOT, "exchange.error.unreadable", file.toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    private static PackageException tooLarge(long size, ExchangeFile kind) {
        return PackageException.of(JsonPaths.ROOT, kind.keys().tooLarge(), size / MEGABYTE, kind.maxBytes() / (1024 * 1024));
    }

    /**
     * Strict UTF-8: a malformed byte is refused, never replaced by U+FFFD, since a replaced character would
     * silently corrupt a Vietnamese name. A leading byte order mark (Windows Notepad writes one) is allowed.
     * Jackson's own encoding detection is bypassed on purpose: it would take some binary files for UTF-16. The
     * characters stay in their buffer, which the parser reads directly: a copy into a String would hold a second
     * copy of a 20 MB file while its tree is built.
     */
    public static CharBuffer decode(byte[] bytes, ExchangeFile kind) {
        int start = hasBom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw PackageException.of(JsonPaths.ROOT, kind.keys().notUtf8(), lineAt(bytes, in.position()));
        }
        return out.flip();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The tree of {@code text}, parsed within {@link JsonLimits} by {@link JsonTreeBuilder}. Whatever follows the
     * value is refused as extra data by looking at the text itself, not by asking the parser for another token: the
     * parser would report a stray {@code x} or {@code ]} at the very end as a file cut short.
     */
    public static JsonNode parse(String text, ExchangeFile kind) {
        return parse(CharBuffer.wrap(text.toCharArray()), kind);
    }

    /** Like {@link #parse(String, ExchangeFile)} for the characters of a buffer backed by an array. */
    public static JsonNode parse(CharBuffer text, ExchangeFile kind) {
        if (lastNonWhitespace(text) < 0) {
            throw PackageException.of(JsonPaths.ROOT, kind.keys().empty());
        }
        try (JsonParser parser = PackageJson.MAPPER.createParser(text.array(), text.arrayOffset() + text.position(),
                text.remaining())) {
            try {
                JsonNode root = JsonTreeBuilder.read(parser);
                refuseTrailingContent(text, (int) parser.currentLocation().getCharOffset());
                return root;
            } catch (JsonLimits.Exceeded e) {
                throw exceeded(e.limit(), parser, text);
            } catch (StreamConstraintsException e) {
                // A limit of Jackson's own that JsonLimits does not name; none is reachable with the tree built here.
                throw PackageException.of(JsonPaths.ROOT, kind.keys().tooComplex());
            } catch (JsonProcessingException e) {
                throw located(endsEarly(e, text) ? "exchange.error.truncated" : "exchange.error.notJson", e.getLocation());
            }
        } catch (IOException e) {
            // Reading from memory cannot fail for I/O; kept for the checked signature of close().
            throw PackageException.of(JsonPaths.ROOT, "exchange.error.notJson", 0, 0);
        }
    }

    /**
     * Each limit its own message, at the token that exceeds it; a value's path when it is one value. The parser
     * reads a value following a field name ahead, before it moves its token location there; and its text buffer
     * checks the string limit for whatever it holds, so a very long field name or number trips it too. Those are
     * told apart here by the token the parser is on and the character it stopped after.
     */
    private static PackageException exceeded(JsonLimits.Limit limit, JsonParser parser, CharSequence text) {
        JsonToken token = parser.currentToken();
        int[] at = lineAndColumn(parser.currentTokenLocation());
        String here = JsonPaths.of(parser.getParsingContext());
        if (token == JsonToken.FIELD_NAME && limit == JsonLimits.Limit.NUMBER) {
            at = lineAndColumn(text, valueAfterName(text, (int) parser.currentTokenLocation().getCharOffset()));
        }
        if (token != JsonToken.VALUE_STRING && limit == JsonLimits.Limit.STRING) {
            int stop = (int) Math.min(parser.currentLocation().getCharOffset(), text.length());
            if (stop > 0 && isNumberChar(text.charAt(stop - 1))) {
                limit = JsonLimits.Limit.NUMBER;
                int start = stop - 1;
                while (start > 0 && isNumberChar(text.charAt(start - 1))) {
                    start--;
                }
                at = lineAndColumn(text, start);
            } else {
                limit = JsonLimits.Limit.NAME;
                at = lineAndColumn(parser.currentLocation());
            }
        }
        return switch (limit) {
            case DEPTH -> PackageException.of(JsonPaths.ROOT, "exchange.error.tooDeep", JsonLimits.MAX_DEPTH, at[0], at[1]);
            case TOKENS -> PackageException.of(JsonPaths.ROOT, "exchange.error.tooManyValues", JsonLimits.MAX_TOKENS, at[0],
                    at[1]);
            case STRING -> PackageException.of(here, "exchange.error.stringTooLong", JsonLimits.MAX_STRING_CHARS, at[0], at[1]);
            case NAME -> PackageException.of(JsonPaths.ROOT, "exchange.error.nameTooLong", JsonLimits.MAX_STRING_CHARS, at[0],
                    at[1]);
            case NUMBER -> PackageException.of(here, "exchange.error.numberTooLong", JsonLimits.MAX_NUMBER_CHARS, at[0], at[1]);
        };
    }

    private static int[] lineAndColumn(JsonLocation location) {
        return new int[] {Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0)};
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    /** Where the value of the field name starting at {@code name} (its opening quote) starts. */
    private static int valueAfterName(CharSequence text, int name) {
        int i = name + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ':')) {
            i++;
        }
        return Math.min(i, text.length());
    }

    /** Anything but JSON whitespace after the value, located at its first character. */
    private static void refuseTrailingContent(CharSequence text, int end) {
        for (int i = Math.max(end, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                int[] lineAndColumn = lineAndColumn(text, i);
                throw PackageException.of(JsonPaths.ROOT, "exchange.error.trailingContent", lineAndColumn[0], lineAndColumn[1]);
            }
        }
    }

    /** Counted as the parser counts: a line ends at "\n", "\r\n" or a lone "\r"; columns start at 1. */
    private static int[] lineAndColumn(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /**
     * A file cut short (an interrupted copy, a mail size limit) deserves its own message. Jackson raises
     * {@link JsonEOFException} for most such cases but a plain parse error for some ("end-of-input between
     * object entries", a cut "tru"), so an error at the very end of the text counts as a cut too.
     */
    private static boolean endsEarly(JsonProcessingException e, CharSequence text) {
        JsonLocation at = e.getLocation();
        return e instanceof JsonEOFException || at != null && at.getCharOffset() > lastNonWhitespace(text);
    }

    /** The index of the last character that is not whitespace, -1 for a blank text. */
    private static int lastNonWhitespace(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static PackageException located(String messageKey, JsonLocation location) {
        JsonLocation at = location == null ? JsonLocation.NA : location;
        return PackageException.of(JsonPaths.ROOT, messageKey, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }
}
