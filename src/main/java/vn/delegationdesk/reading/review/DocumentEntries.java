package vn.delegationdesk.reading.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;

/** The entries a plan and a delegation plan share: the issuing body, number, place and date, recipients and signer. */
final class DocumentEntries {
    private DocumentEntries() {
    }

    static void header(DraftForm.Builder form, IssuingBody body, String number, String symbol, String place, LocalDate issuedOn) {
        Words w = form.words();
        form.entry("issuingBody.parentBody", w.text("reading.review.field.parentBody"), body.parentBody(), false)
                .entry("issuingBody.name", w.text("reading.review.field.bodyName"), body.name(), false)
                .entry("issuingBody.abbreviation", w.text("reading.review.field.abbreviation"), body.abbreviation(), false)
                .entry("number", w.text("reading.review.field.number"), number, false)
                .entry("symbol", w.text("reading.review.field.symbol"), symbol, false)
                .entry("place", w.text("reading.review.field.place"), place, false)
                .entry("issuedOn", w.text("reading.review.field.issuedOn"), EntryReader.format(issuedOn), false);
    }

    static IssuingBody body(EntryReader in) {
        return new IssuingBody(in.text("issuingBody.parentBody"), in.text("issuingBody.name"), in.text("issuingBody.abbreviation"));
    }

    /** "recipients.N", one entry per recipient, and the signer's four lines, all fed by "signer". */
    static void closing(DraftForm.Builder form, List<String> recipients, Signer signer) {
        Words w = form.words();
        list(form, "recipients", "reading.review.field.recipient", recipients, false);
        form.entry("signer.authorityPrefix", w.text("reading.review.field.signerPrefix"), signer.authorityPrefix(), false, "signer")
                .entry("signer.principalTitle", w.text("reading.review.field.signerPrincipal"), signer.principalTitle(), false, "signer")
                .entry("signer.title", w.text("reading.review.field.signerTitle"), signer.title(), false, "signer")
                .entry("signer.name", w.text("reading.review.field.signerName"), signer.name(), false, "signer");
    }

    static Signer signer(EntryReader in) {
        return new Signer(in.text("signer.authorityPrefix"), in.text("signer.principalTitle"), in.text("signer.title"),
                in.text("signer.name"));
    }

    /** One entry "prefix.N" per item, labelled with message {@code labelKey} and the item's number from 1. */
    static void list(DraftForm.Builder form, String prefix, String labelKey, List<String> items, boolean multiline) {
        for (int i = 0; i < items.size(); i++) {
            form.entry(prefix + "." + i, form.words().text(labelKey, i + 1), items.get(i), multiline);
        }
    }

    /** The non-blank items of a list entered by {@link #list}: a blank entry removes its item. */
    static List<String> list(EntryReader in, String prefix, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = in.text(prefix + "." + i).replaceAll("\\s*\\R\\s*", " ");
            if (!text.isEmpty()) {
                items.add(text);
            }
        }
        return items;
    }
}
