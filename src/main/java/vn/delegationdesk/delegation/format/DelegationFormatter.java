package vn.delegationdesk.delegation.format;

import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * Turns delegations into the Vietnamese text the views show. Pure: no JavaFX, no store; every word comes
 * from the message bundle or from the delegation itself.
 */
public final class DelegationFormatter {
    /** Every domain enum these views name; a test checks each constant has its {@code enum.*} key. */
    public static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(
            DelegationStatus.class, HalfDay.class, ActivityKind.class, TransportMode.class,
            DelegationRole.class, Gender.class, ResponsibilityRole.class, TaskStatus.class);

    private final Messages messages;
    private final EnumLabels labels;

    public DelegationFormatter(Messages messages) {
        this.messages = messages;
        this.labels = new EnumLabels(messages);
    }

    public String label(Enum<?> value) {
        return labels.label(value);
    }

    /** "14/10/2025 – 19/10/2025", or "Chưa có ngày". */
    public String dates(LocalDate first, LocalDate last) {
        String range = VietnameseDates.range(first, last);
        return range.isEmpty() ? messages.get("ui.list.dates.none") : range;
    }

    /** "tỉnh Đắk Lắk, tỉnh Lâm Đồng" (each place once, in trip order), or "Chưa có địa điểm". */
    public String places(List<String> places) {
        List<String> distinct = places.stream().filter(p -> !p.isBlank()).distinct().toList();
        return distinct.isEmpty() ? messages.get("ui.list.places.none") : String.join(", ", distinct);
    }

    /** "37/37"; just the count when no size is planned. */
    public String members(int filled, int planned) {
        return planned > 0 ? messages.get("ui.list.members", filled, planned) : Integer.toString(filled);
    }

    /** "Dự thảo", or "Dự thảo (mẫu)" for the built-in sample. */
    public String status(DelegationStatus status, boolean sample) {
        String name = label(status);
        return sample ? messages.get("ui.list.status.sample", name) : name;
    }
}
