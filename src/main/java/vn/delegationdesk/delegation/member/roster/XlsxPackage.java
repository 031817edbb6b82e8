package vn.delegationdesk.delegation.member.roster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import vn.delegationdesk.platform.io.ByteBudget;
import vn.delegationdesk.platform.io.GuardedZip;
import vn.delegationdesk.platform.io.SafeXml;
import vn.delegationdesk.platform.io.XmlRefusal;
import vn.delegationdesk.platform.io.ZipLimits;
import vn.delegationdesk.platform.io.ZipRefusal;

/**
 * An .xlsx opened for streaming: the archive inspected within {@link ZipLimits#OFFICE_DOCUMENT} before any XML is
 * parsed, then the workbook part found through the package relationships, its sheets in order with their hidden
 * state and the date system, and where its shared strings and cell styles are. Every failure is a
 * {@link RosterException} naming the file.
 */
final class XlsxPackage implements AutoCloseable {
    /** Relationships, sheets and names a real workbook never comes near; past them the file is suspicious. */
    static final int MAX_PARTS = 10_000;
    static final int MAX_NAME_CHARS = 1_000;
    /**
     * The XML parsed in one read, all parts together: with every part under the archive's limits, this bounds the
     * time (a part of tiny empty elements parses at about 20–50 MB/s). A real list is well under 30 MB.
     */
    static final long MAX_PARSED_BYTES = 128L * 1024 * 1024;
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    /** A worksheet of the workbook, in the workbook's order. */
    record SheetRef(String name, boolean hidden, String part) {
    }

    private final GuardedZip zip;
    private final String fileName;
    private final List<SheetRef> sheets = new ArrayList<>();
    private boolean date1904;
    private String sharedStringsPart;
    private String stylesPart;
    private final ByteBudget budget = new ByteBudget(MAX_PARSED_BYTES);

    private XlsxPackage(GuardedZip zip, String fileName) {
        this.zip = zip;
        this.fileName = fileName;
    }

    static XlsxPackage open(Path file, String fileName) {
        GuardedZip zip;
        try {
            zip = GuardedZip.open(file, ZipLimits.OFFICE_DOCUMENT);
        } catch (ZipRefusal e) {
            throw refused(fileName, e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(fileName, e);
        }
        XlsxPackage pkg = new XlsxPackage(zip, fileName);
        try {
            pkg.readStructure();
            return pkg;
        } catch (RuntimeException e) {
            pkg.close();
            throw e;
        }
    }

    List<SheetRef> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    Optional<String> sharedStringsPart() {
        return Optional.ofNullable(sharedStringsPart);
    }

    Optional<String> stylesPart() {
        return Optional.ofNullable(stylesPart);
    }

    private void readStructure() {
        String workbook = relationships("").stream().filter(r -> r.type().endsWith(OFFICE_DOCUMENT)).map(Relationship::target)
                .filter(target -> zip.find(target).isPresent()).findFirst()
                .or(() -> zip.find("xl/workbook.xml"))
                .orElseThrow(() -> RosterException.of("roster.error.notXlsx", "no workbook part", null, fileName));
        List<Relationship> rels = relationships(workbook);
        WorkbookHandler handler = new WorkbookHandler();
        parse(workbook, handler);
        if (!handler.isWorkbook) {
            throw RosterException.of("roster.error.notXlsx", "office document is no workbook", null, fileName);
        }
        date1904 = handler.date1904;
        for (String[] sheet : handler.sheets) {
            rels.stream().filter(r -> r.id().equals(sheet[2]) && r.type().endsWith("/worksheet")).findFirst()
                    .flatMap(r -> zip.find(r.target()))
                    .ifPresent(part -> sheets.add(new SheetRef(sheet[0], sheet[1] != null, part)));
        }
        sharedStringsPart = rels.stream().filter(r -> r.type().endsWith("/sharedStrings")).map(Relationship::target)
                .flatMap(target -> zip.find(target).stream()).findFirst().orElse(null);
        stylesPart = rels.stream().filter(r -> r.type().endsWith("/styles")).map(Relationship::target)
                .flatMap(target -> zip.find(target).stream()).findFirst().orElse(null);
    }

    /** Parses one part into {@code handler}; a limit its handler or the guards set ends in its own message. */
    void parse(String part, PartHandler handler) {
        try (InputStream in = budget.watch(zip.open(part))) {
            SafeXml.parse(in, handler);
        } catch (ByteBudget.Exceeded e) {
            throw RosterException.of("roster.error.zip.totalSize", e.getMessage(), e, fileName, MAX_PARSED_BYTES / (1024 * 1024));
        } catch (SAXException e) {
            if (e.getException() instanceof ByteBudget.Exceeded budget) {
                throw RosterException.of("roster.error.zip.totalSize", budget.getMessage(), budget, fileName,
                        MAX_PARSED_BYTES / (1024 * 1024));
            }
            if (e.getException() instanceof RosterException limit) {
                throw limit;
            }
            throw corrupt(fileName, e);
        } catch (ZipRefusal e) {
            throw refused(fileName, e);
        } catch (XmlRefusal e) {
            throw xmlRefused(fileName, part, e);
        } catch (RosterException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(fileName, e);
        }
    }

    /** Said by what was wrong with the XML: an Excel file never has any of these, so the file was made to harm. */
    private static RosterException xmlRefused(String fileName, String part, XmlRefusal e) {
        String detail = part + ": " + e.getMessage();
        return switch (e.reason()) {
            case DOCTYPE -> RosterException.of("roster.error.xml.doctype", detail, e, fileName, part);
            case TOO_DEEP -> RosterException.of("roster.error.xml.tooDeep", detail, e, fileName, part, SafeXml.MAX_DEPTH);
            case MARKUP_TOO_LONG -> RosterException.of("roster.error.xml.markupTooLong", detail, e, fileName, part,
                    SafeXml.MAX_MARKUP_BYTES / 1024);
        };
    }

    private record Relationship(String id, String type, String target) {
    }

    /** The internal relationships of {@code source} ("" for the package), targets resolved to part names. */
    private List<Relationship> relationships(String source) {
        int slash = source.lastIndexOf('/');
        String folder = source.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + source.substring(slash + 1) + ".rels";
        if (zip.find(relsPart).isEmpty()) {
            return List.of();
        }
        List<Relationship> found = new ArrayList<>();
        parse(relsPart, new PartHandler() {
            @Override
            void start(String name, Attributes attributes) {
                if (!name.equals("Relationship") || "External".equals(attribute(attributes, "TargetMode"))) {
                    return;
                }
                String id = attribute(attributes, "Id");
                String type = attribute(attributes, "Type");
                String target = attribute(attributes, "Target");
                if (id == null || type == null || target == null) {
                    return;
                }
                if (found.size() >= MAX_PARTS || (id + type + target).length() > 3 * MAX_NAME_CHARS) {
                    throw RosterException.of("roster.error.suspicious", relsPart + ": too many or too long relationships", null,
                            fileName);
                }
                resolve(folder, target).ifPresent(part -> found.add(new Relationship(id, type, part)));
            }
        });
        return found;
    }

    /** A relationship target as a part name: relative to the source's folder unless absolute, "%20" decoded. */
    static Optional<String> resolve(String folder, String target) {
        String path = target;
        try {
            path = new URI(target).getPath();
        } catch (URISyntaxException e) {
            // Some writers leave spaces unescaped: take the target as it is.
        }
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        String joined = path.startsWith("/") ? path.substring(1) : folder + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    /** workbook.xml: is it one, its date system and its sheets (name, state, relationship id). */
    private final class WorkbookHandler extends PartHandler {
        private boolean first = true;
        private boolean isWorkbook;
        private boolean date1904;
        private boolean seenProperties;
        private final List<String[]> sheets = new ArrayList<>();

        @Override
        void start(String name, Attributes attributes) {
            if (first) {
                first = false;
                isWorkbook = name.equals("workbook");
            }
            if (name.equals("workbookPr") && !seenProperties) {
                seenProperties = true;
                String value = attribute(attributes, "date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (name.equals("sheet")) {
                String sheetName = attribute(attributes, "name");
                String id = namespacedAttribute(attributes, "id");
                if (sheets.size() >= MAX_PARTS || (sheetName != null && sheetName.length() > MAX_NAME_CHARS)
                        || (id != null && id.length() > MAX_NAME_CHARS)) {
                    throw RosterException.of("roster.error.suspicious", "too many sheets or too long a name", null, fileName);
                }
                String state = attribute(attributes, "state");
                boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                if (id != null) {
                    sheets.add(new String[] {sheetName == null ? "" : sheetName, hidden ? "hidden" : null, id});
                }
            }
        }
    }

    static RosterException refused(String fileName, ZipRefusal e) {
        ZipLimits limits = ZipLimits.OFFICE_DOCUMENT;
        switch (e.reason()) {
            case TOO_MANY_ENTRIES:
                return RosterException.of("roster.error.zip.entries", e.getMessage(), e, fileName, limits.maxEntries());
            case ENTRY_TOO_LARGE:
                return RosterException.of("roster.error.zip.entrySize", e.getMessage(), e, fileName, e.entryName(),
                        limits.maxEntryMegabytes());
            case TOTAL_TOO_LARGE:
                return RosterException.of("roster.error.zip.totalSize", e.getMessage(), e, fileName, limits.maxTotalMegabytes());
            default:
                return RosterException.of("roster.error.zip.entryName", e.getMessage(), e, fileName, e.entryName());
        }
    }

    static RosterException corrupt(String fileName, Exception e) {
        return RosterException.of("roster.error.corrupt", e.getClass().getName() + ": " + e.getMessage(), e, fileName);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Read only: nothing is lost when closing fails.
        }
    }
}
