package vn.delegationdesk.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * From a file to a JSON tree, refusing with one clear message (path {@code $}) whatever is not a JSON
 * text: too large, unreadable, not UTF-8, not JSON, cut short. No stack trace ever reaches the user.
 */
final class PackageText {
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private PackageText() {
    }

    static JsonNode load(Path file, ExchangeFile kind) {
        return parse(decode(read(file, kind), kind), kind);
    }

    /** The size is checked before reading, and again while reading in case the file grows meanwhile. */
    static byte[] read(Path file, ExchangeFile kind) {
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
     * Jackson's own encoding detection is bypassed on purpose: it would take some binary files for UTF-16.
     */
    static String decode(byte[] bytes, ExchangeFile kind) {
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
        return out.flip().toString();
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

    static JsonNode parse(String text, ExchangeFile kind) {
        if (text.isBlank()) {
            throw PackageException.of(JsonPaths.ROOT, kind.keys().empty());
        }
        try (JsonParser parser = PackageJson.MAPPER.createParser(text)) {
            JsonNode root = PackageJson.MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw located("exchange.error.trailingContent", parser.currentTokenLocation());
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw PackageException.of(JsonPaths.ROOT, kind.keys().tooComplex());
        } catch (DatabindException e) {
            // With the tree model the only databind failure is a repeated key (FAIL_ON_READING_DUP_TREE_KEY).
            throw duplicateKey(e);
        } catch (JsonProcessingException e) {
            throw located(endsEarly(e, text) ? "exchange.error.truncated" : "exchange.error.notJson", e.getLocation());
        } catch (IOException e) {
            // Reading from a String cannot fail for I/O; kept for the checked signature.
            throw PackageException.of(JsonPaths.ROOT, "exchange.error.notJson", 0, 0);
        }
    }

    /**
     * A file cut short (an interrupted copy, a mail size limit) deserves its own message. Jackson raises
     * {@link JsonEOFException} for most such cases but a plain parse error for some ("end-of-input between
     * object entries", a cut "tru"), so an error at the very end of the text counts as a cut too.
     */
    private static boolean endsEarly(JsonProcessingException e, String text) {
        JsonLocation at = e.getLocation();
        return e instanceof JsonEOFException || at != null && at.getCharOffset() >= text.stripTrailing().length();
    }

    private static PackageException duplicateKey(DatabindException e) {
        JsonLocation at = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext().getCurrentName() != null) {
            JsonStreamContext context = parser.getParsingContext();
            return PackageException.of(JsonPaths.of(context), "exchange.error.duplicateKey", context.getCurrentName(),
                    at.getLineNr(), at.getColumnNr());
        }
        return located("exchange.error.notJson", at);
    }

    private static PackageException located(String messageKey, JsonLocation location) {
        JsonLocation at = location == null ? JsonLocation.NA : location;
        return PackageException.of(JsonPaths.ROOT, messageKey, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }
}
