package vn.delegationdesk.reading.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.reading.delegation.DelegationDraft;

/**
 * A delegation draft (seed 000's kind) as the review screen edits it: the document's facts, legal bases, purposes and
 * exchange topics, the trip (departure, dates, legs "tỉnh | thành phố | từ ngày | đến ngày", size, transport, funding),
 * each group (name, then its seats "Phòng X: 3" one per line), each programme activity "buổi | loại | nội dung", each
 * conference "tên | ngày | buổi | địa điểm | số đại biểu" and its agenda, each responsibility (the unit, then its tasks
 * one per line), recipients and signer. {@link #toDelegation()} rebuilds a DRAFT delegation from the edited texts; what
 * the form does not show (an activity's place and host, a responsibility's role and date …) is kept as read.
 */
public final class DelegationDraftForm extends DraftForm {
    private static final String LINES = "\\s*\\R\\s*";
    private final Delegation read;

    private DelegationDraftForm(Builder builder, Delegation read) {
        super(builder);
        this.read = read;
    }

    public static DelegationDraftForm of(DelegationDraft draft, Words w) {
        Delegation d = draft.delegation();
        Builder form = new Builder(w, draft.gaps(), draft.unplaced(), draft.placements());
        form.section("reading.review.section.document");
        form.entry("title", w.text("reading.review.field.delegationTitle"), d.title(), true);
        DocumentEntries.header(form, d.issuingBody(), d.document().number(), d.document().symbol(), d.document().place(),
                d.document().date());
        form.section("reading.review.section.grounds");
        for (int i = 0; i < d.legalBases().size(); i++) {
            LegalBasis b = d.legalBases().get(i);
            form.entry("legalBases." + i, w.text("reading.review.field.legalBasis", i + 1), String.join(" | ", b.kind(), b.number(),
                    EntryReader.format(b.date()), b.issuer(), b.subject()), true);
        }
        DocumentEntries.list(form, "purposes", "reading.review.field.purpose", d.purposes(), true);
        DocumentEntries.list(form, "exchangeTopics", "reading.review.field.exchangeTopic", d.exchangeTopics(), true);
        form.section("reading.review.section.trip");
        form.entry("departurePlace", w.text("reading.review.field.departurePlace"), d.departurePlace(), false)
                .entry("dates", w.text("reading.review.field.dates"), EntryReader.period(d.startDate(), d.endDate()), false);
        for (int i = 0; i < d.legs().size(); i++) {
            Leg leg = d.legs().get(i);
            form.entry("legs." + i, w.text("reading.review.field.leg", i + 1), String.join(" | ", leg.place(), leg.city(),
                    EntryReader.format(leg.startDate()), EntryReader.format(leg.endDate())), false);
        }
        form.entry("plannedSize", w.text("reading.review.field.plannedSize"), d.plannedSize() == 0 ? "" : Integer.toString(d.plannedSize()),
                        false)
                .entry("transportModes", w.text("reading.review.field.transportModes"),
                        String.join("\n", d.transportModes().stream().map(w::label).toList()), true)
                .entry("fundingSource", w.text("reading.review.field.fundingSource"), d.fundingSource(), true);
        form.section("reading.review.section.groups");
        for (int i = 0; i < d.groups().size(); i++) {
            MemberGroup g = d.groups().get(i);
            String name = g.description().isEmpty() ? g.name() : g.name() + "\n" + g.description();
            form.entry("groups." + i, w.text("reading.review.field.group", i + 1), name, true)
                    .entry("groups." + i + ".quotas", w.text("reading.review.field.groupQuotas", i + 1),
                            String.join("\n", g.quotas().stream().map(q -> q.sendingUnit() + ": " + q.seats()).toList()), true);
        }
        form.section("reading.review.section.programme");
        for (ProgrammeDay day : d.programme()) {
            for (int i = 0; i < day.activities().size(); i++) {
                Activity a = day.activities().get(i);
                String label = w.text("reading.review.field.activity", EntryReader.format(day.date()), i + 1);
                form.entry("programme." + day.date() + "." + i, label,
                        String.join(" | ", w.label(a.halfDay()), w.label(a.kind()), a.description()), true);
            }
        }
        form.section("reading.review.section.conferences");
        for (int i = 0; i < d.conferences().size(); i++) {
            Conference c = d.conferences().get(i);
            form.entry("conferences." + i, w.text("reading.review.field.conference", i + 1), String.join(" | ", c.title(),
                    EntryReader.format(c.date()), w.label(c.halfDay()), c.venue(), Integer.toString(c.expectedDelegates())), true)
                    .entry("conferences." + i + ".agenda", w.text("reading.review.field.agenda", i + 1),
                            String.join("\n", c.agenda().stream().map(AgendaItem::content).toList()), true);
        }
        form.section("reading.review.section.responsibilities");
        for (int i = 0; i < d.responsibilities().size(); i++) {
            Responsibility r = d.responsibilities().get(i);
            List<String> lines = new ArrayList<>(List.of(r.unit()));
            lines.addAll(r.duties());
            form.entry("responsibilities." + i, w.text("reading.review.field.responsibility", i + 1), String.join("\n", lines), true);
        }
        form.section("reading.review.section.closing");
        DocumentEntries.closing(form, d.recipients(), d.signer());
        return new DelegationDraftForm(form, d);
    }

    /** The DRAFT delegation the edited texts make (not yet validated), or every entry that does not make a value. */
    public DraftResult<Delegation> toDelegation() {
        EntryReader in = new EntryReader(this, words);
        Delegation.Builder out = read.toBuilder().id(null).status(DelegationStatus.DRAFT).sample(false)
                .title(in.text("title").replaceAll(LINES, " ")).issuingBody(DocumentEntries.body(in))
                .document(new DocumentInfo(in.text("number"), in.text("symbol"), in.text("place"), in.date("issuedOn")));
        List<LegalBasis> bases = new ArrayList<>();
        for (int i = 0; i < read.legalBases().size(); i++) {
            String key = "legalBases." + i;
            in.parts(key, 5).filter(p -> !String.join("", p).isEmpty())
                    .ifPresent(p -> bases.add(new LegalBasis(p.get(0), p.get(1), in.date(key, p.get(2)), p.get(3), p.get(4))));
        }
        LocalDate[] dates = in.period("dates");
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i < read.legs().size(); i++) {
            String key = "legs." + i;
            Leg was = read.legs().get(i);
            in.parts(key, 4).filter(p -> !String.join("", p).isEmpty()).ifPresent(p -> legs.add(
                    new Leg(p.get(0), p.get(1), in.date(key, p.get(2)), in.date(key, p.get(3)), was.summary())));
        }
        List<TransportMode> modes = new ArrayList<>();
        for (String line : in.lines("transportModes")) {
            TransportMode mode = in.choice("transportModes", line, TransportMode.class, null);
            if (mode != null && !modes.contains(mode)) {
                modes.add(mode);
            }
        }
        out.legalBases(bases).purposes(DocumentEntries.list(in, "purposes", read.purposes().size()))
                .exchangeTopics(DocumentEntries.list(in, "exchangeTopics", read.exchangeTopics().size()))
                .departurePlace(in.text("departurePlace")).startDate(dates[0]).endDate(dates[1]).legs(legs)
                .plannedSize((int) Math.min(Integer.MAX_VALUE, in.number("plannedSize", in.text("plannedSize"), 0)))
                .transportModes(modes).fundingSource(in.text("fundingSource").replaceAll(LINES, " ")).groups(groups(in))
                .programme(programme(in)).conferences(conferences(in)).responsibilities(responsibilities(in))
                .recipients(DocumentEntries.list(in, "recipients", read.recipients().size())).signer(DocumentEntries.signer(in));
        return DraftResult.of(out.build(), in.errors());
    }

    private List<MemberGroup> groups(EntryReader in) {
        List<MemberGroup> groups = new ArrayList<>();
        for (int i = 0; i < read.groups().size(); i++) {
            String key = "groups." + i;
            List<String> lines = in.lines(key);
            if (lines.isEmpty()) {
                continue;
            }
            List<Quota> quotas = new ArrayList<>();
            for (String line : in.lines(key + ".quotas")) {
                int colon = line.lastIndexOf(':');
                if (colon < 0) {
                    in.fail(key + ".quotas", "reading.review.error.quota", line);
                    continue;
                }
                quotas.add(new Quota(line.substring(0, colon).strip(),
                        (int) Math.min(Integer.MAX_VALUE, in.number(key + ".quotas", line.substring(colon + 1), 0))));
            }
            String description = String.join(" ", lines.subList(1, lines.size()));
            groups.add(new MemberGroup(read.groups().get(i).id(), lines.get(0), description, quotas));
        }
        return groups;
    }

    private List<ProgrammeDay> programme(EntryReader in) {
        List<ProgrammeDay> days = new ArrayList<>();
        for (ProgrammeDay day : read.programme()) {
            List<Activity> activities = new ArrayList<>();
            for (int i = 0; i < day.activities().size(); i++) {
                String key = "programme." + day.date() + "." + i;
                Activity a = day.activities().get(i);
                in.parts(key, 3).filter(p -> !String.join("", p).isEmpty()).ifPresent(p -> activities.add(new Activity(
                        in.choice(key, p.get(0), HalfDay.class, a.halfDay()), in.choice(key, p.get(1), ActivityKind.class, a.kind()),
                        p.get(2), a.place(), a.host(), a.transport(), a.conferenceId(), a.notes(), a.startTime(), a.endTime())));
            }
            days.add(new ProgrammeDay(day.date(), activities));
        }
        return days;
    }

    private List<Conference> conferences(EntryReader in) {
        List<Conference> conferences = new ArrayList<>();
        for (int i = 0; i < read.conferences().size(); i++) {
            String key = "conferences." + i;
            Conference c = read.conferences().get(i);
            List<String> p = in.parts(key, 5).orElse(null);
            if (p == null || String.join("", p).isEmpty()) {
                continue;
            }
            LocalDate date = in.date(key, p.get(1));
            List<String> items = in.lines(key + ".agenda");
            List<AgendaItem> agenda = new ArrayList<>();
            for (int j = 0; j < items.size(); j++) {
                AgendaItem was = j < c.agenda().size() ? c.agenda().get(j) : null;
                agenda.add(new AgendaItem(items.get(j), was == null ? "" : was.presenter(), was == null ? null : was.durationMinutes()));
            }
            conferences.add(new Conference(c.id(), p.get(0), date == null ? c.date() : date, in.choice(key, p.get(2), HalfDay.class,
                    c.halfDay()), p.get(3), c.venueStandard(), (int) Math.min(Integer.MAX_VALUE, in.number(key, p.get(4), 0)),
                    c.coOrganiser(), agenda));
        }
        return conferences;
    }

    private List<Responsibility> responsibilities(EntryReader in) {
        List<Responsibility> out = new ArrayList<>();
        for (int i = 0; i < read.responsibilities().size(); i++) {
            List<String> lines = in.lines("responsibilities." + i);
            Responsibility r = read.responsibilities().get(i);
            if (!lines.isEmpty()) {
                out.add(new Responsibility(lines.get(0), r.role(), lines.subList(1, lines.size()), r.dueDate(), r.status()));
            }
        }
        return out;
    }
}
