package vn.delegationdesk.delegation.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.delegationdesk.conference.AgendaItem;
import vn.delegationdesk.conference.Conference;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.itinerary.Activity;
import vn.delegationdesk.itinerary.ActivityKind;
import vn.delegationdesk.itinerary.HalfDay;
import vn.delegationdesk.itinerary.Leg;
import vn.delegationdesk.itinerary.ProgrammeDay;
import vn.delegationdesk.itinerary.TransportMode;
import vn.delegationdesk.member.DelegationRole;
import vn.delegationdesk.member.Gender;
import vn.delegationdesk.member.Member;
import vn.delegationdesk.member.MemberGroup;
import vn.delegationdesk.member.Quota;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.TextFolding;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.SortableText;
import vn.delegationdesk.responsibility.Responsibility;
import vn.delegationdesk.responsibility.ResponsibilityRole;
import vn.delegationdesk.responsibility.TaskStatus;

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

    // ---- list ------------------------------------------------------------------------------------------

    public DelegationRowItem row(DelegationSummary summary) {
        String dates = dates(summary.firstDate(), summary.lastDate());
        String places = places(summary.places());
        String status = status(summary.status(), summary.sample());
        String sortDate = summary.firstDate() == null ? "9999" : summary.firstDate().toString();
        String key = TextFolding.searchKey(String.join(" ", summary.title(), dates, String.join(" ", summary.places()), status));
        return new DelegationRowItem(summary.id(), summary.title(), new SortableText(dates, sortDate), places,
                new SortableText(members(summary.membersFilled(), summary.plannedSize()),
                        String.format("%06d", summary.membersFilled())),
                status, summary.sample(), key);
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

    // ---- overview --------------------------------------------------------------------------------------

    public List<DetailItems.Field> overview(Delegation d) {
        List<DetailItems.Field> fields = new ArrayList<>();
        fields.add(field("ui.detail.field.title", List.of(d.title())));
        fields.add(field("ui.detail.field.issuingBody", issuingBody(d.issuingBody())));
        fields.add(field("ui.detail.field.document", List.of(documentNumber(d.document(), d.issuingBody()))));
        fields.add(field("ui.detail.field.placeDate", List.of(placeAndDate(d.document()))));
        fields.add(field("ui.detail.field.legalBases", d.legalBases().stream().map(this::legalBasis).toList()));
        fields.add(field("ui.detail.field.purposes", numbered(d.purposes())));
        fields.add(field("ui.detail.field.exchangeTopics", bulleted(d.exchangeTopics())));
        fields.add(field("ui.detail.field.legs", legs(d)));
        fields.add(field("ui.detail.field.plannedSize", List.of(messages.get("ui.detail.plannedSize", d.plannedSize()))));
        fields.add(field("ui.detail.field.transport", List.of(transport(d))));
        fields.add(field("ui.detail.field.funding", List.of(d.fundingSource())));
        fields.add(field("ui.detail.field.recipients", bulleted(d.recipients())));
        fields.add(field("ui.detail.field.signer", signer(d.signer())));
        List<String> status = new ArrayList<>(List.of(label(d.status())));
        if (d.sample()) {
            status.add(messages.get("ui.detail.sample"));
        }
        fields.add(field("ui.detail.field.status", status));
        return fields;
    }

    /** A field labelled by {@code labelKey}; blank lines are dropped and an empty field shows a dash. */
    private DetailItems.Field field(String labelKey, List<String> lines) {
        List<String> shown = lines.stream().filter(line -> line != null && !line.isBlank()).toList();
        return new DetailItems.Field(labelKey, messages.get(labelKey),
                shown.isEmpty() ? List.of(messages.get("ui.detail.none")) : shown);
    }

    private static List<String> issuingBody(IssuingBody body) {
        List<String> lines = new ArrayList<>();
        lines.add(body.name());
        lines.add(body.parentBody());
        return lines;
    }

    /** "Số: 125/KH-SVHTT", or "Số: …/KH-SVHTT" while the plan has no number. */
    public String documentNumber(DocumentInfo document, IssuingBody body) {
        String symbol = document.symbol().isEmpty() ? body.abbreviation() : document.symbol();
        return document.number().isEmpty()
                ? messages.get("ui.detail.document.unnumbered", symbol)
                : messages.get("ui.detail.document.number", document.number(), symbol);
    }

    /** "Hà Nội, ngày 30 tháng 9 năm 2025", with dots in place of a date not yet set. */
    public String placeAndDate(DocumentInfo document) {
        if (document.place().isEmpty() && document.date() == null) {
            return "";
        }
        return document.date() == null
                ? messages.get("ui.detail.document.placeUndated", document.place())
                : messages.get("ui.detail.document.placeDate", document.place(), VietnameseDates.documentDate(document.date()));
    }

    /** "Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về …", leaving out what is not known. */
    public String legalBasis(LegalBasis basis) {
        List<String> parts = new ArrayList<>();
        parts.add(basis.kind());
        if (!basis.number().isEmpty()) {
            parts.add(messages.get("ui.detail.legalBasis.number", basis.number()));
        }
        if (basis.date() != null) {
            parts.add(messages.get("ui.detail.legalBasis.date", VietnameseDates.format(basis.date())));
        }
        if (!basis.issuer().isEmpty()) {
            parts.add(messages.get("ui.detail.legalBasis.issuer", basis.issuer()));
        }
        if (!basis.subject().isEmpty()) {
            parts.add(messages.get("ui.detail.legalBasis.subject", basis.subject()));
        }
        return parts.stream().filter(p -> !p.isEmpty()).collect(Collectors.joining(" "));
    }

    private List<String> legs(Delegation d) {
        List<String> lines = new ArrayList<>();
        if (!d.departurePlace().isEmpty()) {
            lines.add(messages.get("ui.detail.departure", d.departurePlace()));
        }
        d.legs().forEach(leg -> lines.add(leg(leg)));
        return lines;
    }

    /** "Từ ngày 14/10/2025 đến 16/10/2025: tỉnh Đắk Lắk (Buôn Ma Thuột)". */
    public String leg(Leg leg) {
        String place = leg.city().isEmpty() ? leg.place() : messages.get("ui.detail.leg.city", leg.place(), leg.city());
        if (leg.startDate().equals(leg.endDate())) {
            return messages.get("ui.detail.leg.single", VietnameseDates.format(leg.startDate()), place);
        }
        return messages.get("ui.detail.leg.range", VietnameseDates.format(leg.startDate()),
                VietnameseDates.format(leg.endDate()), place);
    }

    /** "Máy bay, Ô tô". */
    public String transport(Delegation d) {
        return d.transportModes().stream().distinct().map(this::label).collect(Collectors.joining(", "));
    }

    /** "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name — or the title and the name when signing in one's own right. */
    private static List<String> signer(Signer signer) {
        List<String> lines = new ArrayList<>();
        if (signer.signsOnBehalf()) {
            lines.add((signer.authorityPrefix() + " " + signer.principalTitle()).strip());
        }
        lines.add(signer.title());
        lines.add(signer.name());
        return lines;
    }

    private static List<String> numbered(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return lines;
    }

    private static List<String> bulleted(List<String> items) {
        return items.stream().map(item -> "– " + item).toList();
    }

    // ---- composition and members -----------------------------------------------------------------------

    public List<DetailItems.Group> groups(Delegation d) {
        List<DetailItems.Group> groups = new ArrayList<>();
        for (MemberGroup group : d.groups()) {
            List<Member> inGroup = d.members().stream().filter(m -> m.groupId().equals(group.id())).toList();
            List<DetailItems.QuotaRow> quotas = new ArrayList<>();
            for (Quota quota : group.quotas()) {
                long filled = inGroup.stream().filter(m -> m.sendingUnit().equals(quota.sendingUnit())).count();
                quotas.add(new DetailItems.QuotaRow(quota.sendingUnit(),
                        messages.get("ui.composition.quota.seats", filled, quota.seats()), filled == quota.seats()));
            }
            int planned = group.plannedSeats();
            groups.add(new DetailItems.Group(group.name(), group.description(),
                    messages.get("ui.composition.group.seats", inGroup.size(), planned), inGroup.size() == planned, quotas));
        }
        return groups;
    }

    /** "Đã có 37/37 thành viên theo kế hoạch". */
    public String compositionSummary(Delegation d) {
        return messages.get("ui.composition.summary", d.members().size(), d.plannedSize());
    }

    /** "Chưa xếp vào nhóm thành phần: 2 người", or empty when every member has a group. */
    public String unassigned(Delegation d) {
        long count = d.members().stream().filter(m -> m.groupId().isEmpty()).count();
        return count == 0 ? "" : messages.get("ui.composition.unassigned", count);
    }

    public List<DetailItems.MemberRow> members(Delegation d) {
        Map<String, String> groupNames = d.groups().stream()
                .collect(Collectors.toMap(MemberGroup::id, MemberGroup::name, (a, b) -> a));
        List<DetailItems.MemberRow> rows = new ArrayList<>();
        for (int i = 0; i < d.members().size(); i++) {
            Member m = d.members().get(i);
            rows.add(new DetailItems.MemberRow(SortableText.number(i + 1), nameForSorting(m.fullName()), label(m.role()),
                    m.position(), m.sendingUnit(), groupNames.getOrDefault(m.groupId(), ""), label(m.gender()),
                    new SortableText(VietnameseDates.format(m.dateOfBirth()), Objects.toString(m.dateOfBirth(), "")),
                    m.phone()));
        }
        return rows;
    }

    /** Vietnamese names sort by the given name (the last word), then by the whole name. */
    private static SortableText nameForSorting(String fullName) {
        int space = fullName.lastIndexOf(' ');
        String given = space < 0 ? fullName : fullName.substring(space + 1);
        return new SortableText(fullName, TextFolding.fold(given) + " " + TextFolding.fold(fullName) + " " + fullName);
    }

    // ---- programme and conferences ---------------------------------------------------------------------

    public List<DetailItems.ProgrammeDay> programme(Delegation d) {
        Map<String, Conference> conferences = d.conferences().stream()
                .collect(Collectors.toMap(Conference::id, Function.identity(), (a, b) -> a));
        List<DetailItems.ProgrammeDay> days = new ArrayList<>();
        d.programme().stream().sorted((a, b) -> a.date().compareTo(b.date())).forEach(day -> days.add(
                new DetailItems.ProgrammeDay(VietnameseDates.withWeekday(day.date()), placeOn(d, day),
                        day.activities().stream().map(a -> activity(a, conferences)).toList())));
        return days;
    }

    private static String placeOn(Delegation d, ProgrammeDay day) {
        return d.legs().stream().filter(leg -> leg.contains(day.date())).map(Leg::place).findFirst().orElse("");
    }

    private DetailItems.Activity activity(Activity a, Map<String, Conference> conferences) {
        String text = a.description();
        if (text.isEmpty() && a.conferenceId() != null && conferences.containsKey(a.conferenceId())) {
            text = conferences.get(a.conferenceId()).title();
        }
        List<String> details = new ArrayList<>();
        if (!a.place().isEmpty()) {
            details.add(messages.get("ui.programme.place", a.place()));
        }
        if (!a.host().isEmpty()) {
            details.add(messages.get("ui.programme.host", a.host()));
        }
        if (a.transport() != null) {
            details.add(messages.get("ui.programme.transport", label(a.transport())));
        }
        if (!a.notes().isEmpty()) {
            details.add(a.notes());
        }
        return new DetailItems.Activity(label(a.halfDay()), label(a.kind()), text, details);
    }

    public List<DetailItems.Conference> conferences(Delegation d) {
        return d.conferences().stream().map(this::conference).toList();
    }

    public DetailItems.Conference conference(Conference c) {
        List<DetailItems.AgendaRow> agenda = new ArrayList<>();
        for (int i = 0; i < c.agenda().size(); i++) {
            AgendaItem item = c.agenda().get(i);
            agenda.add(new DetailItems.AgendaRow((i + 1) + ".", item.content(),
                    item.presenter().isEmpty() ? "" : messages.get("ui.conference.agenda.presenter", item.presenter()),
                    item.durationMinutes() == null ? "" : messages.get("ui.conference.agenda.duration", item.durationMinutes())));
        }
        return new DetailItems.Conference(c.title(),
                messages.get("ui.conference.when", VietnameseDates.withWeekday(c.date()), label(c.halfDay())),
                optional("ui.conference.venue", c.venue()),
                optional("ui.conference.standard", c.venueStandard()),
                c.expectedDelegates() > 0 ? messages.get("ui.conference.delegates", c.expectedDelegates()) : "",
                optional("ui.conference.coOrganiser", c.coOrganiser()),
                agenda);
    }

    private String optional(String key, String value) {
        return value.isEmpty() ? "" : messages.get(key, value);
    }

    // ---- responsibilities ------------------------------------------------------------------------------

    public List<DetailItems.Responsibility> responsibilities(Collection<Responsibility> items) {
        return items.stream().map(r -> new DetailItems.Responsibility(r.unit(), label(r.role()),
                r.role() == ResponsibilityRole.LEAD, r.duties(),
                r.dueDate() == null ? "" : messages.get("ui.responsibility.due", VietnameseDates.format(r.dueDate())),
                label(r.status()))).toList();
    }
}
