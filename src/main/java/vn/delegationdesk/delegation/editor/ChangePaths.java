package vn.delegationdesk.delegation.editor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where two values of an editor's state differ, as paths ("title", "members[3].phone"): records are compared
 * component by component and lists of the same length item by item, so typing into one field gives that field's
 * path. The undo history joins consecutive edits of the same single field into one step.
 */
final class ChangePaths {
    private ChangePaths() {
    }

    /**
     * The path of the one field (a text, number, date, choice or tick) that differs between {@code before} and
     * {@code after}, or null when nothing, several fields or a list's length differ.
     */
    static String singleField(Object before, Object after) {
        List<String> found = new ArrayList<>(2);
        try {
            return collect("", before, after, found, 2) && found.size() == 1 ? found.get(0) : null;
        } catch (IllegalStateException unreadable) {
            // A record the editor may not read: its edits are simply not joined.
            return null;
        }
    }

    /** The names of the components of two records of one type that differ, in declaration order. */
    static List<String> components(Record before, Record after) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (!Objects.equals(read(component, before), read(component, after))) {
                names.add(component.getName());
            }
        }
        return names;
    }

    /** Adds the differing fields' paths, up to {@code limit}; false when a difference is not of single fields. */
    private static boolean collect(String path, Object before, Object after, List<String> found, int limit) {
        if (Objects.equals(before, after)) {
            return true;
        }
        if (before instanceof Record a && after instanceof Record b && a.getClass() == b.getClass()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                Object x = read(component, a);
                Object y = read(component, b);
                if (Objects.equals(x, y)) {
                    continue;
                }
                String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
                if (!collect(at, x, y, found, limit)) {
                    return false;
                }
                if (found.size() >= limit) {
                    return true;
                }
            }
            return true;
        }
        if (before instanceof List<?> a && after instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size() && found.size() < limit; i++) {
                if (Objects.equals(a.get(i), b.get(i))) {
                    continue;
                }
                if (!collect(path + "[" + i + "]", a.get(i), b.get(i), found, limit)) {
                    return false;
                }
            }
            return true;
        }
        if (isField(before) && isField(after)) {
            found.add(path);
            return true;
        }
        return false;
    }

    private static boolean isField(Object value) {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
