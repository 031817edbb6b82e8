package vn.delegationdesk.abroad.rates.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.CountryRateChange;
import vn.delegationdesk.abroad.ForeignRateSetChange;
import vn.delegationdesk.budget.rates.ui.ImportPreview;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The preview of a foreign rate-set import in Vietnamese, as rows of the domestic preview (what, as stored, as in the
 * file): each field of the set that differs; each country or group added ("(không có)" → its caps) or removed (its caps
 * → "(bỏ khỏi bộ định mức)"); for a changed one a row per difference ("Hàn Quốc (KR) – Tiền ăn và tiêu vặt": "60 USD" →
 * "65 USD"; the basis; the verified flag). No node: the dialog only shows it.
 */
public final class ForeignRateSetChangeTexts {
    private final Messages messages;

    public ForeignRateSetChangeTexts(Messages messages) {
        this.messages = messages;
    }

    /** "Tệp … sẽ thay thế bộ định mức nước ngoài «…»: thêm 1, bỏ 1, thay đổi 2 nước hoặc nhóm nước; …". */
    public String heading(ForeignRateSetChange change) {
        if (change.identical()) {
            return messages.get("ui.foreignRates.import.identical", change.fileName(), change.stored().name());
        }
        if (change.replaces()) {
            return messages.get("ui.foreignRates.import.replaces", change.fileName(), change.stored().name(),
                    change.count(CountryRateChange.Kind.ADDED), change.count(CountryRateChange.Kind.REMOVED),
                    change.count(CountryRateChange.Kind.CHANGED), change.fields().size());
        }
        return messages.get("ui.foreignRates.import.adds", change.fileName(), change.incoming().name(),
                change.incoming().rates().size());
    }

    /** The text of the confirming button: "Thay thế" or "Thêm mới". */
    public String confirmText(ForeignRateSetChange change) {
        return messages.get(change.replaces() ? "ui.rateSets.import.replace" : "ui.rateSets.import.add");
    }

    /** Every row of the preview, the set's fields first, then the countries in the change's order. */
    public List<ImportPreview.Row> rows(ForeignRateSetChange change) {
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (ForeignRateSetChange.Field field : change.fields()) {
            rows.add(new ImportPreview.Row(fieldLabel(field), show(field.of(change.stored())), show(field.of(change.incoming()))));
        }
        for (CountryRateChange rate : change.rates()) {
            String item = item(rate.shown());
            switch (rate.kind()) {
                case ADDED -> rows.add(new ImportPreview.Row(item, messages.get("ui.rateSets.import.absent"), summary(rate.after())));
                case REMOVED -> rows.add(new ImportPreview.Row(item, summary(rate.before()),
                        messages.get("ui.foreignRates.import.removed")));
                case CHANGED -> rate.attributes().forEach(attribute -> rows.add(new ImportPreview.Row(
                        messages.get("ui.foreignRates.import.attributeOf", item, attributeLabel(attribute)),
                        show(attribute, rate.before()), show(attribute, rate.after()))));
                default -> throw new IllegalStateException(rate.kind().name());
            }
        }
        return rows;
    }

    /** A row as one line: "Hàn Quốc (KR) – Tiền ăn và tiêu vặt: 60 USD → 65 USD". */
    public String line(ImportPreview.Row row) {
        return messages.get("ui.foreignRates.import.line", row.item(), row.before(), row.after());
    }

    /** "Hàn Quốc (KR)"; a group with its countries, "Nhóm 1 (NHOM-1: LA, KH)"; the code alone when unnamed. */
    String item(CountryRate rate) {
        String code = rate.countries().isEmpty() ? rate.code() : rate.code() + ": " + String.join(", ", rate.countries());
        return rate.name().isEmpty() ? code : messages.get("ui.foreignRates.import.item", rate.name(), code);
    }

    /** "tiền ăn và tiêu vặt 60 USD/ngày, tiền thuê chỗ ở 45 USD/đêm · Dữ liệu thử · đã xác minh". */
    private String summary(CountryRate rate) {
        String perDiem = rate.perDiem() == null ? messages.get("ui.foreignRates.import.noFigure")
                : messages.get("ui.foreignRates.import.perDay", amount(rate, rate.perDiem()));
        String lodging = rate.lodgingCap() == null ? messages.get("ui.foreignRates.import.noFigure")
                : messages.get("ui.foreignRates.import.perNight", amount(rate, rate.lodgingCap()));
        String text = messages.get("ui.foreignRates.import.caps", perDiem, lodging);
        if (!rate.basis().isEmpty()) {
            text = text + " · " + rate.basis();
        }
        return rate.verified() ? text + " · " + messages.get("ui.rateSets.import.verified") : text;
    }

    private String show(CountryRateChange.Attribute attribute, CountryRate rate) {
        return switch (attribute) {
            case NAME -> show(rate.name());
            case COUNTRIES -> show(String.join(", ", rate.countries()));
            case CURRENCY -> rate.currency().getCurrencyCode();
            case PER_DIEM -> amount(rate, rate.perDiem());
            case LODGING_CAP -> amount(rate, rate.lodgingCap());
            case BASIS -> show(rate.basis());
            case VERIFIED -> messages.get(rate.verified() ? "ui.foreignRates.import.verifiedYes" : "ui.foreignRates.import.verifiedNo");
        };
    }

    private String amount(CountryRate rate, BigDecimal amount) {
        String money = CountryRateChange.money(amount, rate.currency());
        return money == null ? messages.get("ui.foreignRates.import.noFigure") : money;
    }

    private String attributeLabel(CountryRateChange.Attribute attribute) {
        return switch (attribute) {
            case NAME -> messages.get("ui.foreignRates.field.name");
            case COUNTRIES -> messages.get("ui.foreignRates.field.countries");
            case CURRENCY -> messages.get("ui.foreignRates.field.currency");
            case PER_DIEM -> messages.get("ui.foreignRates.field.perDiem");
            case LODGING_CAP -> messages.get("ui.foreignRates.field.lodgingCap");
            case BASIS -> messages.get("ui.foreignRates.field.basis");
            case VERIFIED -> messages.get("ui.foreignRates.field.verified");
        };
    }

    private String fieldLabel(ForeignRateSetChange.Field field) {
        return switch (field) {
            case NAME -> messages.get("ui.rateSets.field.name");
            case DOCUMENT_NUMBER -> messages.get("ui.rateSets.field.document");
            case EFFECTIVE_FROM -> messages.get("ui.rateSets.field.from");
            case EFFECTIVE_TO -> messages.get("ui.rateSets.import.field.to");
            case NOTES -> messages.get("ui.rateSets.field.notes");
        };
    }

    /** A field's value: a text, a date, or "(trống)". */
    private String show(Object value) {
        if (value instanceof LocalDate date) {
            return VietnameseDates.format(date);
        }
        return value == null || value.toString().isEmpty() ? messages.get("ui.rateSets.import.none") : value.toString();
    }
}
