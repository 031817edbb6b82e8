package vn.delegationdesk.delegation;

import java.time.LocalDate;
import vn.delegationdesk.common.Texts;

/** An earlier document the plan rests on: "Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về ...". */
public record LegalBasis(String kind, String number, LocalDate date, String issuer, String subject) {
    public LegalBasis {
        kind = Texts.clean(kind);
        number = Texts.clean(number);
        issuer = Texts.clean(issuer);
        subject = Texts.clean(subject);
    }

    /** "Căn cứ" for a legal document, "Thực hiện" for a Party document or a plan being carried out. */
    public Citation citation() {
        return Citation.of(this);
    }
}
