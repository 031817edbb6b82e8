package vn.delegationdesk.exchange.json;

import java.util.ArrayDeque;
import java.util.Deque;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * The path convention of package errors. Inside the delegation object paths are relative to it and read
 * exactly like the paths of {@code DelegationValidator} ({@code title}, {@code legs[0].endDate},
 * {@code members[12].idNumber}), so one error list serves the editor and the import alike; so do paths inside a plan
 * package's plan object ({@code tasks[2].leadUnit}, as {@code PlanValidator} writes them). Everything
 * outside the delegation object is prefixed with {@code $}: {@code $.format}, {@code $.formatVersion},
 * {@code $.delegation}, and {@code $} alone for the file as a whole (too large, not JSON...).
 */
public final class JsonPaths {
    /** The file as a whole, and the root of the envelope fields. */
    public static final String ROOT = "$";
    /** The root of paths inside the delegation object. */
    public static final String DELEGATION = "";
    public static final String DELEGATION_FIELD = "delegation";
    /** The plan package's body: paths inside it are relative to it too, as {@code PlanValidator} writes them. */
    public static final String PLAN_FIELD = "plan";

    private JsonPaths() {
    }

    public static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of the place a streaming parser stopped at, for errors raised while parsing. */
    public static String of(JsonStreamContext context) {
        Deque<Object> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push(Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                segments.push(c.getCurrentName());
            }
        }
        String path = ROOT;
        if (segments.size() > 1 && (DELEGATION_FIELD.equals(segments.peekFirst()) || PLAN_FIELD.equals(segments.peekFirst()))) {
            segments.pop();
            path = DELEGATION;
        }
        for (Object segment : segments) {
            path = segment instanceof Integer index ? element(path, index) : field(path, (String) segment);
        }
        return path;
    }
}
