package vn.delegationdesk.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Malformed member-list workbooks made from valid ones: damage to the ZIP container (cuts, flips, parts removed or
 * replaced, odd entry names), to the XML parts (cuts, repeated slices, entity tricks, impossible cell references and
 * indexes) and to the cell values (hostile texts, extreme numbers).
 */
final class WorkbookMutator {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";

    private record Mutation(String name, BiFunction<byte[], Random, byte[]> apply) {
    }

    private final List<byte[]> examples;
    private final List<Mutation> mutations = List.of(
            new Mutation("truncate", JsonMutator::cut),
            new Mutation("flip-bytes", JsonMutator::flip),
            new Mutation("not-a-workbook", WorkbookMutator::notAWorkbook),
            new Mutation("remove-part", WorkbookMutator::removePart),
            new Mutation("garbage-part", WorkbookMutator::garbagePart),
            new Mutation("cut-xml", (xlsx, r) -> xml(xlsx, r, (text, random) -> text.substring(0, random.nextInt(text.length())))),
            new Mutation("repeat-xml", (xlsx, r) -> xml(xlsx, r, (text, random) -> new String(
                    JsonMutator.repeatSlice(text.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8))),
            new Mutation("entity-tricks", WorkbookMutator::entityTricks),
            new Mutation("odd-cell-reference", WorkbookMutator::oddReference),
            new Mutation("odd-index", WorkbookMutator::oddIndex),
            new Mutation("hostile-cell", WorkbookMutator::hostileCell),
            new Mutation("extreme-number", WorkbookMutator::extremeNumber),
            new Mutation("odd-entry-name", WorkbookMutator::oddEntryName));

    WorkbookMutator(List<byte[]> examples) {
        this.examples = List.copyOf(examples);
    }

    List<String> mutationNames() {
        return mutations.stream().map(Mutation::name).toList();
    }

    FuzzCase next(Random random, int index) {
        Mutation mutation = mutations.get(index % mutations.size());
        byte[] example = examples.get(random.nextInt(examples.size()));
        return new FuzzCase("workbook", mutation.name(), "case-" + index + ".xlsx", mutation.apply().apply(example, random));
    }

    private static byte[] notAWorkbook(byte[] xlsx, Random random) {
        byte[][] others = {new byte[0], "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0},
            "Họ và tên;Ngày sinh\nAn;1/1/1980\n".getBytes(StandardCharsets.UTF_8), {'P', 'K', 3, 4}, {'P', 'K', 5, 6}};
        return others[random.nextInt(others.length)];
    }

    private static byte[] removePart(byte[] xlsx, Random random) {
        Map<String, byte[]> parts = unzip(xlsx);
        List<String> names = new ArrayList<>(parts.keySet());
        parts.remove(names.get(random.nextInt(names.size())));
        return zip(parts);
    }

    private static byte[] garbagePart(byte[] xlsx, Random random) {
        Map<String, byte[]> parts = unzip(xlsx);
        List<String> names = new ArrayList<>(parts.keySet());
        byte[] garbage = new byte[random.nextInt(2_000)];
        random.nextBytes(garbage);
        parts.put(names.get(random.nextInt(names.size())), garbage);
        return zip(parts);
    }

    /** Applies {@code change} to the text of one XML part, the sheet or the shared strings most often. */
    private static byte[] xml(byte[] xlsx, Random random, BiFunction<String, Random, String> change) {
        Map<String, byte[]> parts = unzip(xlsx);
        List<String> names = new ArrayList<>(List.of(SHEET, SHEET, STRINGS));
        parts.keySet().stream().filter(name -> name.endsWith(".xml") || name.endsWith(".rels")).forEach(names::add);
        String name = names.get(random.nextInt(names.size()));
        byte[] part = parts.get(name);
        if (part == null || part.length == 0) {
            return xlsx;
        }
        parts.put(name, change.apply(new String(part, StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    private static byte[] entityTricks(byte[] xlsx, Random random) {
        String[] doctypes = {
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
            "<!DOCTYPE x SYSTEM \"http://example.invalid/x.dtd\">"};
        String doctype = doctypes[random.nextInt(doctypes.length)];
        return xml(xlsx, random, (text, r) -> {
            int declarationEnd = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
            return text.substring(0, declarationEnd) + doctype + text.substring(declarationEnd).replaceFirst("<t>", "<t>&d;");
        });
    }

    private static byte[] oddReference(byte[] xlsx, Random random) {
        String[] references = {"XFD1048577", "A0", "ZZZZ1", "1A", "", "A-5", "A99999999999", "$A$1"};
        String reference = references[random.nextInt(references.length)];
        return part(xlsx, SHEET, text -> text.replaceFirst(" r=\"[A-Z]+[0-9]+\"", Matcher.quoteReplacement(" r=\"" + reference + "\"")));
    }

    private static byte[] oddIndex(byte[] xlsx, Random random) {
        String[] values = {"-1", "999999", "2147483648", "abc", "1.5", ""};
        String value = values[random.nextInt(values.length)];
        return random.nextBoolean()
                ? part(xlsx, SHEET, text -> text.replaceFirst("(t=\"s\"[^>]*><v>)[0-9]+(</v>)",
                        "$1" + Matcher.quoteReplacement(value) + "$2"))
                : part(xlsx, SHEET, text -> text.replaceFirst(" s=\"[0-9]+\"",
                        Matcher.quoteReplacement(" s=\"" + value + "\"")));
    }

    private static byte[] hostileCell(byte[] xlsx, Random random) {
        String value = random.nextInt(4) == 0 ? HostileValues.longText(random, 20_000 + random.nextInt(30_000))
                : HostileValues.text(random);
        String escaped = excelEscaped(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        return part(xlsx, STRINGS, text -> {
            List<Integer> starts = new ArrayList<>();
            for (int at = text.indexOf("<t>"); at >= 0; at = text.indexOf("<t>", at + 1)) {
                starts.add(at);
            }
            if (starts.isEmpty()) {
                return text;
            }
            int start = starts.get(random.nextInt(starts.size())) + 3;
            int end = text.indexOf("</t>", start);
            return text.substring(0, start) + escaped + text.substring(end);
        });
    }

    /** What XML cannot hold written as Excel writes it, "_x001B_": readers turn it back into the character. */
    private static String excelEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean xmlChar = c >= 0x20 && !Character.isSurrogate(c) || c == '\t' || c == '\n' || c == '\r';
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (xmlChar) {
                out.append(c);
            } else {
                out.append(String.format("_x%04X_", (int) c));
            }
        }
        return out.toString();
    }

    private static byte[] extremeNumber(byte[] xlsx, Random random) {
        String value = HostileValues.number(random);
        return part(xlsx, SHEET, text -> text.replaceFirst("(<c r=\"[A-Z]+[0-9]+\"( s=\"[0-9]+\")?( t=\"n\")?><v>)[^<]*(</v>)",
                "$1" + Matcher.quoteReplacement(value) + "$4"));
    }

    private static byte[] oddEntryName(byte[] xlsx, Random random) {
        Map<String, byte[]> parts = unzip(xlsx);
        String[] names = {"../../evil.xml", "/abs/x.xml", "xl/worksheets/../../../x.xml", "xl\\worksheets\\sheet9.xml"};
        parts.put(names[random.nextInt(names.length)], "<x/>".getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    private static byte[] part(byte[] xlsx, String name, java.util.function.UnaryOperator<String> change) {
        Map<String, byte[]> parts = unzip(xlsx);
        byte[] part = parts.get(name);
        if (part == null) {
            return xlsx;
        }
        parts.put(name, change.apply(new String(part, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    static Map<String, byte[]> unzip(byte[] xlsx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
