package vn.delegationdesk.reading.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.reading.HeaderLines;
import vn.delegationdesk.reading.Normalised;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.delegation.GroundsReader.Grounds;
import vn.delegationdesk.reading.delegation.LegLines.LegLine;
import vn.delegationdesk.reading.delegation.ProgrammeBuilder.Built;
import vn.delegationdesk.reading.delegation.ProgrammeBuilder.Destination;

/**
 * Reads a delegation plan (seed 000's kind: "Kế hoạch tổ chức Đoàn …", Nghị định 30/2020 layout) into a
 * {@link DelegationDraft}: header, title, grounds, purposes (I), time and place (II), composition (III, see
 * {@link CompositionReader}), exchange topics and programme (IV, see {@link ProgrammeReader}), funding and transport (V),
 * responsibilities (VI, see {@link ResponsibilitiesReader}), recipients and signer. Pure: no store, no UI; never throws
 * on what it does not understand, it lists it.
 */
public final class DelegationPlanReader {
    /** Reads {@code source}. */
    public DelegationDraft read(SourceDocument source) {
        return new Reading(source).run();
    }

    private enum Section { HEADER, TITLE, PREAMBLE, PURPOSES, TIME_PLACE, COMPOSITION, CONTENT, TOPICS, PROGRAMME, FUNDING,
        RESPONSIBILITIES, OTHER, RECIPIENTS, SIGNER }

    /** One reading: the state while the paragraphs go by. */
    private static final class Reading {
        private static final Pattern SECTION = Pattern.compile("^([IVXL]+)\\.\\s+(.+)$");
        private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s*(.*)$");
        private static final Pattern BULLET = Pattern.compile("^[-+•–*]\\s*(.*)$");
        private static final Pattern TRANSPORT = Pattern.compile("^(?:\\d+\\.\\s*)?Phương tiện(?:\\s+di chuyển)?\\s*:?\\s*(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        private final SourceDocument source;
        private final Findings findings = new Findings();
        private final CompositionReader composition = new CompositionReader(findings);
        private final ProgrammeReader programme = new ProgrammeReader(findings);
        private final ResponsibilitiesReader responsibilities = new ResponsibilitiesReader(findings);
        private final List<String> bodyLines = new ArrayList<>();
        private final List<Para> preamble = new ArrayList<>();
        private final List<String> titleParts = new ArrayList<>();
        private final List<String> purposes = new ArrayList<>();
        private final List<String> topics = new ArrayList<>();
        private final List<LegLine> legLines = new ArrayList<>();
        private final List<Para> legParas = new ArrayList<>();
        private final List<String> funding = new ArrayList<>();
        private final List<TransportMode> modes = new ArrayList<>();
        private final List<String> recipients = new ArrayList<>();
        private final List<String> signerLines = new ArrayList<>();
        private Section section = Section.HEADER;
        private String number = "";
        private String symbol = "";
        private String place = "";
        private LocalDate issuedOn;
        private boolean dateLine;

        Reading(SourceDocument source) {
            this.source = source;
        }

        DelegationDraft run() {
            for (Para p : Paras.of(source)) {
                take(p);
            }
            return build();
        }

        private void take(Para p) {
            String text = p.text();
            if (text.startsWith("Nơi nhận")) {
                section = Section.RECIPIENTS;
                findings.place(p, "recipients");
                String rest = text.replaceFirst("^Nơi nhận\\s*:?\\s*", "");
                if (!rest.isEmpty()) {
                    recipient(rest, p);
                }
                return;
            }
            Matcher sectionHead = SECTION.matcher(text);
            if (sectionHead.matches() && Normalised.allCaps(sectionHead.group(2)) && section != Section.SIGNER) {
                section = sectionOf(sectionHead.group(2));
                if (section != Section.OTHER) {
                    findings.place(p, headingField(section));
                }
                return;
            }
            if (p.inTable() && section != Section.HEADER) {
                return;
            }
            switch (section) {
                case HEADER -> header(p);
                case TITLE -> title(p);
                case PREAMBLE -> preamble.add(p);
                case PURPOSES -> item(p, purposes, "purposes.");
                case TIME_PLACE -> legLine(p);
                case COMPOSITION -> composition.take(p);
                case CONTENT, TOPICS, PROGRAMME -> content(p);
                case FUNDING -> funding(p);
                case RESPONSIBILITIES -> responsibilities.take(p);
                case RECIPIENTS -> {
                    Matcher bullet = BULLET.matcher(text);
                    if (bullet.matches()) {
                        recipient(bullet.group(1), p);
                    } else {
                        section = Section.SIGNER;
                        signer(p);
                    }
                }
                case SIGNER -> signer(p);
                default -> {
                    // OTHER: a section this reader does not know; its paragraphs stay listed as unplaced
                }
            }
        }

        private static Section sectionOf(String words) {
            String upper = words.toUpperCase(Locale.ROOT);
            if (upper.startsWith("MỤC ĐÍCH") || upper.startsWith("YÊU CẦU")) {
                return Section.PURPOSES;
            } else if (upper.startsWith("THỜI GIAN") || upper.startsWith("ĐỊA ĐIỂM")) {
                return Section.TIME_PLACE;
            } else if (upper.startsWith("THÀNH PHẦN")) {
                return Section.COMPOSITION;
            } else if (upper.startsWith("NỘI DUNG")) {
                return Section.CONTENT;
            } else if (upper.startsWith("CHƯƠNG TRÌNH")) {
                return Section.PROGRAMME;
            } else if (upper.contains("KINH PHÍ") || upper.contains("PHƯƠNG TIỆN")) {
                return Section.FUNDING;
            } else if (upper.contains("TỔ CHỨC THỰC HIỆN")) {
                return Section.RESPONSIBILITIES;
            }
            return Section.OTHER;
        }

        private static String headingField(Section section) {
            return switch (section) {
                case PURPOSES -> "purposes";
                case TIME_PLACE -> "legs";
                case COMPOSITION -> "groups";
                case CONTENT, TOPICS -> "exchangeTopics";
                case PROGRAMME -> "programme";
                case FUNDING -> "fundingSource";
                default -> "responsibilities";
            };
        }

        private void header(Para p) {
            String text = p.text();
            Matcher numberLine = HeaderLines.NUMBER.matcher(text);
            Matcher date = HeaderLines.PLACE_AND_DATE.matcher(text);
            if (numberLine.find()) {
                number = numberLine.group(1);
                symbol = numberLine.group(2);
                findings.place(p, "symbol");
            } else if (date.find()) {
                place = date.group(1).strip();
                dateLine = true;
                if (date.group(2) != null && date.group(3) != null) {
                    issuedOn = LegLines.date(date.group(4), date.group(3), date.group(2));
                }
                findings.place(p, "issuedOn");
            } else if (text.equals("KẾ HOẠCH")) {
                section = Section.TITLE;
                findings.place(p, "title");
            } else if (text.startsWith("CỘNG HÒA XÃ HỘI") || text.startsWith("CỘNG HOÀ XÃ HỘI") || text.startsWith("Độc lập")) {
                findings.place(p, "issuingBody.name");
            } else if (Normalised.allCaps(text) && bodyLines.size() < 2) {
                bodyLines.add(text);
                findings.place(p, bodyLines.size() == 1 ? "issuingBody.parentBody" : "issuingBody.name");
            } else if (text.startsWith("Thực hiện ") || text.startsWith("Căn cứ ")) {
                section = Section.PREAMBLE;
                preamble.add(p);
            }
        }

        private void title(Para p) {
            String text = p.text();
            if (text.startsWith("Thực hiện ") || text.startsWith("Căn cứ ")) {
                section = Section.PREAMBLE;
                preamble.add(p);
                return;
            }
            titleParts.add(text);
            findings.place(p, "title");
        }

        private void item(Para p, List<String> items, String field) {
            Matcher numbered = NUMBERED.matcher(p.text());
            Matcher bullet = BULLET.matcher(p.text());
            if (numbered.matches() || bullet.matches() || items.isEmpty()) {
                String text = numbered.matches() ? numbered.group(1) : bullet.matches() ? bullet.group(1) : p.text();
                items.add(text.strip());
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + p.text());
            }
            findings.place(p, field + (items.size() - 1));
        }

        private void legLine(Para p) {
            LegLines.parse(p.text()).ifPresent(leg -> {
                int index = legLines.size();
                legLines.add(leg);
                legParas.add(p);
                findings.place(p, "legs." + index);
                findings.place(p, "dates");
                LegLines.check(leg.from(), leg.weekdays(), (on, written, actual) -> findings.gap("legs." + index,
                        LegLines.WEEKDAY_GAP, p.first(), on.format(LegLines.DAY), written, actual));
            });
        }

        private void content(Para p) {
            Matcher numbered = NUMBERED.matcher(p.text());
            if (numbered.matches() && numbered.group(1).length() < 60 && section != Section.PROGRAMME
                    || numbered.matches() && numbered.group(1).strip().toLowerCase(Locale.ROOT).startsWith("chương trình")) {
                String head = numbered.group(1).toLowerCase(Locale.ROOT);
                if (head.startsWith("chương trình")) {
                    section = Section.PROGRAMME;
                    findings.place(p, "programme");
                    return;
                }
                if (head.startsWith("nội dung")) {
                    section = Section.TOPICS;
                    findings.place(p, "exchangeTopics");
                    return;
                }
            }
            if (section == Section.PROGRAMME) {
                programme.take(p);
            } else {
                item(p, topics, "exchangeTopics.");
            }
        }

        private void funding(Para p) {
            Matcher transport = TRANSPORT.matcher(p.text());
            if (transport.matches()) {
                modes.addAll(modes(transport.group(1)));
                findings.place(p, "transportModes");
                return;
            }
            Matcher numbered = NUMBERED.matcher(p.text());
            funding.add(numbered.matches() ? numbered.group(1) : p.text());
            findings.place(p, "fundingSource");
        }

        static List<TransportMode> modes(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            List<TransportMode> out = new ArrayList<>();
            record Word(String word, TransportMode mode) {
            }
            List<Word> words = List.of(new Word("máy bay", TransportMode.PLANE), new Word("ô tô", TransportMode.CAR),
                    new Word("xe con", TransportMode.CAR), new Word("tàu hỏa", TransportMode.TRAIN),
                    new Word("đường sắt", TransportMode.TRAIN), new Word("xe khách", TransportMode.BUS),
                    new Word("tàu thủy", TransportMode.SHIP), new Word("tàu thuỷ", TransportMode.SHIP));
            words.stream().filter(w -> lower.contains(w.word())).sorted(Comparator.comparingInt(w -> lower.indexOf(w.word())))
                    .map(Word::mode).filter(mode -> !out.contains(mode)).forEach(out::add);
            return out;
        }

        private void recipient(String text, Para p) {
            recipients.add(text.replace("; (", " (").replaceAll("[;.,]+$", "").strip());
            findings.place(p, "recipients." + (recipients.size() - 1));
        }

        private void signer(Para p) {
            signerLines.add(p.text());
            findings.place(p, "signer");
        }

        private DelegationDraft build() {
            Grounds grounds = GroundsReader.read(String.join(" ", preamble.stream().map(Para::text).toList()));
            placeGrounds(grounds);
            int preamblePassage = preamble.isEmpty() ? -1 : preamble.get(0).first();
            for (String unread : grounds.unread()) {
                findings.gap("legalBases", "reading.delegation.gap.legalBasisUnread", preamblePassage, unread);
            }
            String title = String.join(" ", titleParts);
            IssuingBody body = issuingBody(grounds, preamblePassage);
            Map<String, Destination> destinations = ProgrammeBuilder.destinations(programme.days());
            List<Leg> legs = legs(destinations);
            String departure = ProgrammeBuilder.departure(programme.days());
            Built built = ProgrammeBuilder.build(programme.days(), legs, destinations, departure, modes, findings);
            List<MemberGroup> groups = composition.groups();
            LocalDate start = legs.stream().map(Leg::startDate).min(Comparator.naturalOrder()).orElse(null);
            LocalDate end = legs.stream().map(Leg::endDate).max(Comparator.naturalOrder()).orElse(null);
            DraftGaps.missing(findings, new DraftGaps.Found(title, grounds.bases().size(), purposes.size(), topics.size(),
                    legs.size(), departure, composition.plannedSize(), groups.size(), modes.size(), String.join(" ", funding),
                    built.days().size(), responsibilities.responsibilities().size(), recipients.size()));
            DraftGaps.header(findings, symbol, number, dateLine, issuedOn);
            Signer signer = DraftGaps.signer(findings, signerLines);
            Delegation delegation = new Delegation(null, title, DelegationStatus.DRAFT, body,
                    new DocumentInfo(number, symbol, place, issuedOn), grounds.bases(), purposes, topics, departure, start, end,
                    legs, composition.plannedSize(), modes, String.join(" ", funding), groups, List.of(), built.days(),
                    built.conferences(), responsibilities.responsibilities(), recipients, signer, false);
            return new DelegationDraft(delegation, findings.gaps(), findings.unplaced(source), findings.placements());
        }

        /** Each preamble paragraph feeds the grounds whose number it names, or the one it goes on with. */
        private void placeGrounds(Grounds grounds) {
            List<String> last = List.of();
            for (Para p : preamble) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < grounds.bases().size(); i++) {
                    String basisNumber = grounds.bases().get(i).number();
                    if (!basisNumber.isEmpty() && p.text().contains(basisNumber)) {
                        fields.add("legalBases." + i);
                    }
                }
                if (fields.isEmpty()) {
                    fields.addAll(last);
                }
                if (!grounds.introBody().isEmpty() && p.text().contains(grounds.introBody())) {
                    fields.add("issuingBody.name");
                }
                fields.forEach(field -> findings.place(p, field));
                last = fields.stream().filter(f -> f.startsWith("legalBases.")).toList();
                last = last.isEmpty() ? last : List.of(last.get(last.size() - 1));
            }
        }

        private IssuingBody issuingBody(Grounds grounds, int preamblePassage) {
            String abbreviation = symbol.contains("-") ? symbol.substring(symbol.indexOf('-') + 1) : "";
            if (abbreviation.isEmpty()) {
                findings.gap("issuingBody.abbreviation", "reading.delegation.gap.abbreviation", -1);
            }
            if (bodyLines.size() == 2) {
                return new IssuingBody(bodyLines.get(0), bodyLines.get(1), abbreviation);
            }
            if (bodyLines.size() == 1) {
                findings.gap("issuingBody.parentBody", "reading.delegation.gap.parentBody", -1);
                return new IssuingBody("", bodyLines.get(0), abbreviation);
            }
            if (!grounds.introBody().isEmpty()) {
                findings.gap("issuingBody.parentBody", "reading.delegation.gap.issuingBodyFromIntro", preamblePassage,
                        grounds.introBody());
                return new IssuingBody("", grounds.introBody(), abbreviation);
            }
            findings.gap("issuingBody.name", "reading.delegation.gap.issuingBody", -1);
            return new IssuingBody("", "", abbreviation);
        }

        private List<Leg> legs(Map<String, Destination> destinations) {
            List<Leg> legs = new ArrayList<>();
            for (int i = 0; i < legLines.size(); i++) {
                LegLine line = legLines.get(i);
                Destination destination = destinations.get(ProgrammeReader.key(line.place()));
                String city = destination == null ? "" : destination.city();
                if (city.isEmpty()) {
                    findings.gap("legs." + i, "reading.delegation.gap.legCity", legParas.get(i).first(), line.place());
                }
                ProgrammeReader.Summary summary = programme.summary(line.place());
                String text = "";
                if (summary != null) {
                    text = summary.text();
                    findings.place(summary.para(), "legs." + i);
                }
                legs.add(new Leg(line.place(), city, line.from(), line.to(), text));
            }
            return legs;
        }
    }
}
