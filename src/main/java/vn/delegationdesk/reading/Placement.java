package vn.delegationdesk.reading;

import java.util.Objects;

/**
 * What the reader took from one passage: the draft field it went into ("title", "task.1.2", "programme.2025-10-14.MORNING",
 * "legs.0" …; the same names as {@link Gap#field()}). The review screen highlights a field's passages and a passage's
 * fields with these; a passage may feed several fields and a field may come from several passages.
 */
public record Placement(int passage, String field) {
    public Placement {
        Objects.requireNonNull(field, "field");
    }
}
