package vn.delegationdesk.reading.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Seed 000 (the delegation plan of issue 21, copied from the shared seeds into the test resources) as text. */
public final class Seed000 {
    private Seed000() {
    }

    public static String text() throws IOException {
        try (InputStream in = Seed000.class.getResourceAsStream("/vn/delegationdesk/reading/seed-000.txt")) {
            if (in == null) {
                throw new IOException("seed-000.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Its non-blank lines, trimmed: the passages a source gives. */
    public static List<String> lines() throws IOException {
        return text().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
