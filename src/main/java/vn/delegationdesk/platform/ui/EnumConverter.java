package vn.delegationdesk.platform.ui;

import java.util.Arrays;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows enum constants by their Vietnamese names in choice boxes and cells, and reads a name back to its constant. */
public final class EnumConverter {
    private EnumConverter() {
    }

    public static <E extends Enum<E>> StringConverter<E> of(Class<E> type, Function<Enum<?>, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public E fromString(String text) {
                return Arrays.stream(type.getEnumConstants()).filter(e -> label.apply(e).equals(text)).findFirst().orElse(null);
            }
        };
    }
}
