package vn.delegationdesk.reading.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.reading.Normalised;

/** The gaps of what a delegation plan must have and the reading did not find, and the signer block read. */
final class DraftGaps {
    private static final Pattern AUTHORITY = Pattern.compile("^(KT|TL|TUQ|Q)\\.\\s*(.+)$");

    /** What the reading found, counted. */
    record Found(String title, int legalBases, int purposes, int topics, int legs, String departure, int plannedSize,
            int groups, int modes, String funding, int days, int responsibilities, int recipients) {
    }

    private DraftGaps() {
    }

    static void missing(Findings findings, Found found) {
        gapIf(findings, found.title().isEmpty(), "title", "reading.delegation.gap.title");
        gapIf(findings, found.legalBases() == 0, "legalBases", "reading.delegation.gap.legalBases");
        gapIf(findings, found.purposes() == 0, "purposes", "reading.delegation.gap.purposes");
        gapIf(findings, found.topics() == 0, "exchangeTopics", "reading.delegation.gap.exchangeTopics");
        gapIf(findings, found.legs() == 0, "legs", "reading.delegation.gap.legs");
        gapIf(findings, found.legs() == 0, "dates", "reading.delegation.gap.dates");
        gapIf(findings, found.departure().isEmpty(), "departurePlace", "reading.delegation.gap.departurePlace");
        gapIf(findings, found.plannedSize() == 0, "plannedSize", "reading.delegation.gap.plannedSize");
        gapIf(findings, found.groups() == 0, "groups", "reading.delegation.gap.groups");
        gapIf(findings, found.modes() == 0, "transportModes", "reading.delegation.gap.transportModes");
        gapIf(findings, found.funding().isEmpty(), "fundingSource", "reading.delegation.gap.fundingSource");
        gapIf(findings, found.days() == 0, "programme", "reading.delegation.gap.programme");
        gapIf(findings, found.responsibilities() == 0, "responsibilities", "reading.delegation.gap.responsibilities");
        gapIf(findings, found.recipients() == 0, "recipients", "reading.delegation.gap.recipients");
    }

    static void header(Findings findings, String symbol, String number, boolean dateLine, LocalDate issuedOn) {
        gapIf(findings, symbol.isEmpty(), "symbol", "reading.delegation.gap.symbol");
        gapIf(findings, number.isEmpty(), "number", "reading.delegation.gap.number");
        gapIf(findings, !dateLine, "place", "reading.delegation.gap.place");
        gapIf(findings, issuedOn == null, "issuedOn", "reading.delegation.gap.issuedOn");
    }

    /** The signer block: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name; a gap when the title or the name is missing. */
    static Signer signer(Findings findings, List<String> lines) {
        String prefix = "";
        String principal = "";
        String name = "";
        List<String> titles = new ArrayList<>();
        for (String line : lines) {
            Matcher authority = AUTHORITY.matcher(line);
            if (authority.matches()) {
                prefix = authority.group(1) + ".";
                principal = authority.group(2);
            } else if (Normalised.allCaps(line)) {
                titles.add(line);
            } else if (name.isEmpty()) {
                name = line;
            }
        }
        String title = titles.isEmpty() ? "" : titles.get(titles.size() - 1);
        if (name.isEmpty() || title.isEmpty()) {
            findings.gap("signer", "reading.delegation.gap.signer", -1);
        }
        return new Signer(prefix, principal, title, name);
    }

    private static void gapIf(Findings findings, boolean missing, String field, String key) {
        if (missing) {
            findings.gap(field, key, -1);
        }
    }
}
