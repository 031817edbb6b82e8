package vn.delegationdesk.delegation.ui;

import javafx.util.StringConverter;

/** Shows enum constants by their Vietnamese names in choice boxes; never parses (the boxes are not editable). */
final class EnumConverter {
    private EnumConverter() {
    }

    static <E extends Enum<E>> StringConverter<E> of(DelegationFormatter formatter) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return formatter.label(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choice boxes of enums are not editable");
            }
        };
    }
}
