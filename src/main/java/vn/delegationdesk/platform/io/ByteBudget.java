package vn.delegationdesk.platform.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A limit on the bytes read through all the streams it watches together: the XML parts of one document parsed in a check
 * or a read. Past the limit a read fails with {@link Exceeded}, which the caller turns into its own message.
 */
public final class ByteBudget {
    private final long limit;
    private long used;

    public ByteBudget(long limit) {
        this.limit = limit;
    }

    /** {@code in}, counting what is read from it against the budget. */
    public InputStream watch(InputStream in) {
        return new Counting(in);
    }

    /** Thrown by a watched stream once more than the budget's limit was read. */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(long limit) {
            super("more than " + limit + " bytes read");
        }
    }

    private void count(long n) throws Exceeded {
        used += n;
        if (used > limit) {
            throw new Exceeded(limit);
        }
    }

    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(Math.max(skipped, 0));
            return skipped;
        }
    }
}
