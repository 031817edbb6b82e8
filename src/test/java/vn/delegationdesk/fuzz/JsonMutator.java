package vn.delegationdesk.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Malformed JSON files made from valid examples: byte damage (cuts, flips, broken UTF-8, other encodings), text
 * damage (repeated keys, trailing data, deep nesting) and tree damage (a value swapped for another type, a boundary
 * number, a hostile text, a field removed, an array blown up). Deterministic for a given {@link Random}.
 */
final class JsonMutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record Mutation(String name, BiFunction<String, Random, byte[]> apply) {
    }

    private final String kind;
    private final List<String> examples;
    private final List<Mutation> mutations = List.of(
            new Mutation("truncate", (text, r) -> cut(utf8(text), r)),
            new Mutation("flip-bytes", (text, r) -> flip(utf8(text), r)),
            new Mutation("delete-slice", (text, r) -> deleteSlice(utf8(text), r)),
            new Mutation("repeat-slice", (text, r) -> repeatSlice(utf8(text), r)),
            new Mutation("bad-utf8", JsonMutator::badUtf8),
            new Mutation("other-encoding", JsonMutator::otherEncoding),
            new Mutation("trailing-data", JsonMutator::trailing),
            new Mutation("repeated-key", JsonMutator::repeatedKey),
            new Mutation("deep-nesting", JsonMutator::deepNesting),
            new Mutation("hostile-text", (text, r) -> tree(text, r, JsonMutator::hostileText)),
            new Mutation("boundary-number", JsonMutator::boundaryNumber),
            new Mutation("type-swap", (text, r) -> tree(text, r, JsonMutator::typeSwap)),
            new Mutation("remove-field", (text, r) -> tree(text, r, JsonMutator::removeField)),
            new Mutation("unknown-field", (text, r) -> tree(text, r, JsonMutator::unknownField)),
            new Mutation("blow-up-array", (text, r) -> tree(text, r, JsonMutator::blowUpArray)),
            new Mutation("long-text", (text, r) -> tree(text, r, (node, random) -> replaceScalar(node, random,
                    NODES.textNode(HostileValues.longText(random, 1_000 + random.nextInt(150_000)))))));

    JsonMutator(String kind, List<String> examples) {
        this.kind = kind;
        this.examples = List.copyOf(examples);
    }

    List<String> mutationNames() {
        return mutations.stream().map(Mutation::name).toList();
    }

    FuzzCase next(Random random, int index) {
        Mutation mutation = mutations.get(index % mutations.size());
        String example = examples.get(random.nextInt(examples.size()));
        return new FuzzCase(kind, mutation.name(), "case-" + index + ".json", mutation.apply().apply(example, random));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] cut(byte[] bytes, Random random) {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    static byte[] flip(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    static byte[] deleteSlice(byte[] bytes, Random random) {
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    static byte[] repeatSlice(byte[] bytes, Random random) {
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        byte[] out = new byte[bytes.length + (to - from)];
        System.arraycopy(bytes, 0, out, 0, to);
        System.arraycopy(bytes, from, out, to, bytes.length - from);
        return out;
    }

    private static byte[] badUtf8(String text, Random random) {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0x80}, {(byte) 0xE1, (byte) 0xBB}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] bytes = utf8(text);
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = random.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    private static byte[] otherEncoding(String text, Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return text.getBytes(StandardCharsets.UTF_16LE);
            case 1:
                return text.getBytes(StandardCharsets.UTF_16);
            case 2:
                return text.getBytes(StandardCharsets.ISO_8859_1);
            default:
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] body = utf8(text);
                byte[] out = new byte[bom.length + body.length];
                System.arraycopy(bom, 0, out, 0, bom.length);
                System.arraycopy(body, 0, out, bom.length, body.length);
                return out;
        }
    }

    private static byte[] trailing(String text, Random random) {
        String[] tails = {" x", "{}", "]", "}", "\n" + text, ",", "\u0000", " // ghi chú", " null"};
        return utf8(text.stripTrailing() + tails[random.nextInt(tails.length)]);
    }

    /** Copies one "key": value line of the pretty-printed file right under itself, at any depth. */
    private static byte[] repeatedKey(String text, Random random) {
        String[] lines = text.split("\n", -1);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("\"") && line.contains("\": ") && line.endsWith(",")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return utf8(text);
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            if (i == at) {
                out.append(lines[i]).append("\n");
            }
        }
        return utf8(out.toString());
    }

    private static byte[] deepNesting(String text, Random random) {
        int depth = 50 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        int at = text.indexOf("\"delegation\"");
        if (at < 0 || random.nextBoolean()) {
            return utf8(nested);
        }
        return utf8(text.substring(0, at) + "\"extra\": " + nested + ", " + text.substring(at));
    }

    /** A number in the text replaced by a boundary value, written as JSON number syntax (1e400, -0...). */
    private static byte[] boundaryNumber(String text, Random random) {
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?(?=,?\n)").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (numbers.find()) {
            spans.add(new int[] {numbers.start(), numbers.end()});
        }
        if (spans.isEmpty()) {
            return utf8(text);
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return utf8(text.substring(0, span[0]) + HostileValues.number(random) + text.substring(span[1]));
    }

    private static byte[] tree(String text, Random random, BiFunction<JsonNode, Random, Boolean> change) {
        try {
            JsonNode root = JSON.readTree(text);
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes);
            for (int attempt = 0; attempt < 20; attempt++) {
                if (change.apply(nodes.get(random.nextInt(nodes.size())), random)) {
                    break;
                }
            }
            return utf8(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the example is not JSON", e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        if (node.isContainerNode()) {
            nodes.add(node);
            node.forEach(child -> collect(child, nodes));
        }
    }

    /**
     * Replaces a random scalar child of {@code container} by {@code value}, a text only where a text was (so that
     * hostile texts get past the type checks to the text rules); false when there is no such child.
     */
    private static boolean replaceScalar(JsonNode container, Random random, JsonNode value) {
        List<Object> keys = new ArrayList<>();
        java.util.function.Predicate<JsonNode> fits = value.isTextual() ? JsonNode::isTextual : JsonNode::isValueNode;
        if (container instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                if (fits.test(object.get(name))) {
                    keys.add(name);
                }
            });
        } else if (container instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (fits.test(array.get(i))) {
                    keys.add(i);
                }
            }
        }
        if (keys.isEmpty()) {
            return false;
        }
        Object key = keys.get(random.nextInt(keys.size()));
        if (key instanceof String name) {
            ((ObjectNode) container).set(name, value);
        } else {
            ((ArrayNode) container).set((Integer) key, value);
        }
        return true;
    }

    private static boolean hostileText(JsonNode container, Random random) {
        return replaceScalar(container, random, NODES.textNode(HostileValues.text(random)));
    }

    private static boolean typeSwap(JsonNode container, Random random) {
        JsonNode[] others = {NODES.textNode("12"), NODES.numberNode(12), NODES.booleanNode(true), NODES.nullNode(),
            NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.numberNode(new java.math.BigDecimal("0.5"))};
        JsonNode value = others[random.nextInt(others.length)];
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(names.get(random.nextInt(names.size())), value.deepCopy());
            return true;
        }
        if (container instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), value.deepCopy());
            return true;
        }
        return false;
    }

    private static boolean removeField(JsonNode container, Random random) {
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.remove(names.get(random.nextInt(names.size())));
            return true;
        }
        return false;
    }

    private static boolean unknownField(JsonNode container, Random random) {
        if (container instanceof ObjectNode object) {
            object.put("truongLa" + random.nextInt(100), HostileValues.text(random));
            return true;
        }
        return false;
    }

    private static boolean blowUpArray(JsonNode container, Random random) {
        if (container instanceof ArrayNode array && array.size() > 0) {
            JsonNode element = array.get(random.nextInt(array.size()));
            int copies = 100 + random.nextInt(3_000);
            for (int i = 0; i < copies; i++) {
                array.add(element.deepCopy());
            }
            return true;
        }
        return false;
    }
}
