package vn.delegationdesk.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.exchange.json.PackageJson;

/** Builds package files for tests, from a delegation, a tree to mutate, or raw text and bytes. */
public final class PackageFiles {
    /** 08:30 in Hà Nội (UTC+7) on 1 October 2025. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T01:30:00Z"), ZoneOffset.ofHours(7));
    public static final DelegationPackageWriter WRITER = new DelegationPackageWriter(CLOCK);

    private PackageFiles() {
    }

    /** The package of {@code delegation} as a tree, ready to be damaged. */
    public static ObjectNode tree(Delegation delegation) {
        try {
            return (ObjectNode) PackageJson.MAPPER.readTree(WRITER.toBytes(delegation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode body(ObjectNode tree) {
        return (ObjectNode) tree.get("delegation");
    }

    public static ObjectNode element(ObjectNode tree, String list, int index) {
        return (ObjectNode) body(tree).get(list).get(index);
    }

    public static Path write(Path dir, ObjectNode tree) {
        try {
            return write(dir, PackageJson.PRETTY.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String text) {
        return write(dir, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, byte[] bytes) {
        try {
            return Files.write(dir.resolve("goi-doan.json"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
