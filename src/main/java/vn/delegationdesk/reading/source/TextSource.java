package vn.delegationdesk.reading.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Plain text as a {@link vn.delegationdesk.reading.SourceDocument}: a .txt file (UTF-8 with or without a byte-order
 * mark, or UTF-16 with one) or text pasted from the clipboard, one passage per non-blank line, NFC-normalised (text
 * copied from some PDFs and Mac files is NFD). Lines are kept as they are broken: the recognisers join them. Text
 * that is no valid UTF-8 is refused rather than guessed. Stateless and thread-safe.
 */
public final class TextSource {
    /** A text file larger than this cannot hold fewer than {@link SourceLimits#MAX_TEXT_CHARS} characters' worth. */
    static final long MAX_FILE_BYTES = 4 * SourceLimits.MAX_TEXT_CHARS + 4;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029\u000B\u000C]");

    /** Reads {@code file}; its name is the document's. */
    public SourceReading read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw SourceException.of("reading.source.fileNotFound", "no such file", null, file.toString());
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw PassageCollector.tooMuchText(name);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw SourceException.of("reading.source.fileNotFound", "no such file", e, file.toString());
        } catch (IOException e) {
            throw SourceException.of("reading.source.unreadable", String.valueOf(e), e, name, String.valueOf(e.getMessage()));
        }
        return fromText(name, decode(bytes, name));
    }

    /** Text pasted by the user, under the name the review screen shows for it. */
    public SourceReading fromText(String name, String text) {
        if (text.length() > SourceLimits.MAX_TEXT_CHARS * 2) {
            throw PassageCollector.tooMuchText(name);
        }
        PassageCollector passages = new PassageCollector(name);
        for (String line : LINE_BREAK.split(text, -1)) {
            passages.paragraph(line, false);
        }
        return SourceReading.of(passages.document());
    }

    /** UTF-8 or UTF-16 by the byte-order mark, UTF-8 without one; a malformed byte is refused with its place. */
    static String decode(byte[] bytes, String name) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (starts(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (starts(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw SourceException.of("reading.source.notUtf8", charset + ": " + e, e, name);
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
