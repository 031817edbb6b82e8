package vn.delegationdesk.testing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes .xlsx "zip bombs" quickly, without deflating a gigabyte: one 1 MB chunk of text is deflated once, ending in
 * a full flush (so its compressed bytes refer to nothing before them), and those bytes are repeated as often as
 * needed, between a deflated prefix and a final deflated suffix. The chunk mixes random letters with a repeated
 * phrase; the share of random letters is searched so that the whole part deflates at the asked compression ratio.
 * The ZIP headers are written here, with the real CRC-32 and sizes: a valid archive that inflates as it says.
 */
public final class ZipBombs {
    public static final int CHUNK = 1024 * 1024;
    private static final int SEGMENT = 4096;
    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ."
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PHRASE = "Nguyen Van An, Phong To chuc; ".getBytes(StandardCharsets.US_ASCII);

    private ZipBombs() {
    }

    /** One written bomb: the file, its hostile part, and that part's inflated and compressed sizes. */
    public record Bomb(Path file, String part, long inflated, long compressed) {
        /** Compressed size over inflated size: 0.005 is 0.5 %. */
        public double ratio() {
            return (double) compressed / inflated;
        }
    }

    /**
     * Writes {@code file}: the {@code small} parts deflated normally, then {@code part} as {@code prefix}, at least
     * {@code minInflated} bytes of chunk text, and {@code suffix}, deflated at about {@code ratio}.
     */
    public static Bomb write(Path file, Map<String, byte[]> small, String part, String prefix, String suffix, double ratio,
            long minInflated) throws IOException {
        return write(file, small, List.of(part), prefix, suffix, ratio, minInflated);
    }

    /** As {@link #write(Path, Map, String, String, String, double, long)}, the same content under every name of {@code parts}. */
    public static Bomb write(Path file, Map<String, byte[]> small, List<String> parts, String prefix, String suffix, double ratio,
            long minInflated) throws IOException {
        byte[] chunk = chunkFor(ratio);
        byte[] chunkDeflated = deflate(chunk, false);
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] headDeflated = deflate(head, false);
        byte[] tailDeflated = deflate(tail, true);
        long repeats = (minInflated + CHUNK - 1) / CHUNK;
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < repeats; i++) {
            crc.update(chunk);
        }
        crc.update(tail);
        long inflated = head.length + repeats * CHUNK + tail.length;
        long compressed = headDeflated.length + repeats * chunkDeflated.length + tailDeflated.length;
        if (inflated >= 0xFFFFFFFFL || compressed >= 0xFFFFFFFFL) {
            throw new IllegalArgumentException("no ZIP64 here: keep a bomb under 4 GB");
        }
        try (ZipWriter zip = new ZipWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Map.Entry<String, byte[]> entry : small.entrySet()) {
                byte[] data = entry.getValue();
                CRC32 smallCrc = new CRC32();
                smallCrc.update(data);
                byte[] deflated = deflate(data, true);
                zip.entry(entry.getKey(), smallCrc.getValue(), deflated.length, data.length);
                zip.out.write(deflated);
            }
            for (String part : parts) {
                zip.entry(part, crc.getValue(), compressed, inflated);
                zip.out.write(headDeflated);
                for (long i = 0; i < repeats; i++) {
                    zip.out.write(chunkDeflated);
                }
                zip.out.write(tailDeflated);
            }
        }
        return new Bomb(file, parts.get(0), inflated, compressed);
    }

    /** A 1 MB chunk whose deflated size is closest to {@code ratio} of it: random letters searched by bisection. */
    static byte[] chunkFor(double ratio) {
        int low = 0;
        int high = SEGMENT;
        while (low < high) {
            int random = (low + high) / 2;
            if ((double) deflate(chunk(random), false).length / CHUNK < ratio) {
                low = random + 1;
            } else {
                high = random;
            }
        }
        byte[] above = chunk(low);
        byte[] below = chunk(Math.max(low - 1, 0));
        double aboveRatio = (double) deflate(above, false).length / CHUNK;
        double belowRatio = (double) deflate(below, false).length / CHUNK;
        return Math.abs(aboveRatio - ratio) <= Math.abs(belowRatio - ratio) ? above : below;
    }

    /** Each 4 KB segment: {@code random} random letters, then the phrase repeated. */
    private static byte[] chunk(int random) {
        Random letters = new Random(20);
        byte[] chunk = new byte[CHUNK];
        for (int segment = 0; segment < CHUNK; segment += SEGMENT) {
            for (int i = 0; i < SEGMENT; i++) {
                chunk[segment + i] = i < random ? ALPHABET[letters.nextInt(ALPHABET.length)] : PHRASE[i % PHRASE.length];
            }
        }
        return chunk;
    }

    /** Raw deflate; not last: ends with a full flush (non-final blocks, no reference to what came before). */
    static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length || !deflater.needsInput());
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Local headers as entries are written, the central directory and its end record at close. */
    private static final class ZipWriter implements AutoCloseable {
        private static final int DEFLATED = 8;
        private static final int UTF8_NAMES = 0x0800;
        private static final int DOS_DATE = (2025 - 1980) << 9 | 10 << 5 | 14;
        private final OutputStream out;
        private final List<byte[]> central = new ArrayList<>();
        private long offset;

        ZipWriter(OutputStream out) {
            this.out = new CountingOutputStream(out, this);
        }

        void entry(String name, long crc, long compressed, long inflated) throws IOException {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = le(30 + nameBytes.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) UTF8_NAMES).putShort((short) DEFLATED)
                    .putShort((short) 0).putShort((short) DOS_DATE).putInt((int) crc).putInt((int) compressed)
                    .putInt((int) inflated).putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes);
            ByteBuffer entry = le(46 + nameBytes.length);
            entry.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) UTF8_NAMES)
                    .putShort((short) DEFLATED).putShort((short) 0).putShort((short) DOS_DATE).putInt((int) crc)
                    .putInt((int) compressed).putInt((int) inflated).putShort((short) nameBytes.length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset).put(nameBytes);
            central.add(entry.array());
            out.write(local.array());
        }

        @Override
        public void close() throws IOException {
            long start = offset;
            for (byte[] entry : central) {
                out.write(entry);
            }
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
                    .putShort((short) central.size()).putInt((int) (offset - start)).putInt((int) start).putShort((short) 0);
            out.write(end.array());
            out.close();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** Keeps the writer's offset. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private final ZipWriter writer;

        CountingOutputStream(OutputStream out, ZipWriter writer) {
            super(out);
            this.writer = writer;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            writer.offset++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            writer.offset += len;
        }
    }
}
