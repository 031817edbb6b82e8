package vn.delegationdesk.budget.rates.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows a choice by its Vietnamese name in combo boxes; choices are picked, never typed. */
public final class ChoiceConverter {
    private ChoiceConverter() {
    }

    public static <T> StringConverter<T> of(Function<? super T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
