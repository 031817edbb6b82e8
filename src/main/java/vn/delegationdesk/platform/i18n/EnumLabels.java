package vn.delegationdesk.platform.i18n;

/**
 * Vietnamese names of enum constants, kept in the bundle under {@code enum.<SimpleName>.<CONSTANT>}
 * (for example {@code enum.HalfDay.MORNING=Buổi sáng}).
 */
public final class EnumLabels {
    private final Messages messages;

    public EnumLabels(Messages messages) {
        this.messages = messages;
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The Vietnamese name, or the empty string for null. */
    public String label(Enum<?> value) {
        return value == null ? "" : messages.get(key(value));
    }
}
