package vn.delegationdesk.reading;

import java.util.List;
import java.util.Objects;

/**
 * What the reader could not fill in for sure and the user must complete or check: the field ("issuingBody.parentBody",
 * "task.1.leadUnit" …), the message that says it in Vietnamese with its arguments, and the passage it concerns (-1 when
 * none, the field was simply not found).
 */
public record Gap(String field, String messageKey, List<String> arguments, int passage) {
    public Gap {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }
}
