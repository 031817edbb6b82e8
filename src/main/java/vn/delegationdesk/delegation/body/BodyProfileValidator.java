package vn.delegationdesk.delegation.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;

/**
 * What a body profile must hold before it is kept: a name, a usable abbreviation and signers named in full, and every
 * text within its stated maximum and the text policy ({@code common.TextRules}), the field named in the message.
 */
public final class BodyProfileValidator {
    /** Letters (with Vietnamese "Đ") and digits, as in "SVHTTDL" or "UBND"; a hyphen may join parts. */
    private static final Pattern ABBREVIATION_PATTERN = Pattern.compile("[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*");
    public static final TextLimit PARENT_BODY = TextLimit.line("body_profile", "parent_body", 500);
    public static final TextLimit NAME = TextLimit.line("body_profile", "name", 500);
    public static final TextLimit ABBREVIATION = TextLimit.line("body_profile", "abbreviation", 100);
    public static final TextLimit PLACE = TextLimit.line("body_profile", "place", 500);
    public static final TextLimit BUDGET_UNIT_CODE = TextLimit.line("body_profile", "budget_unit_code", 20);
    public static final TextLimit BASIS_KIND = TextLimit.line("body_profile", "basis_kind", 200);
    public static final TextLimit BASIS_NUMBER = TextLimit.line("body_profile", "basis_number", 200);
    public static final TextLimit BASIS_ISSUER = TextLimit.line("body_profile", "basis_issuer", 500);
    public static final TextLimit BASIS_SUBJECT = TextLimit.lines("body_profile", "basis_subject", 2000);
    public static final TextLimit SIGNER_PREFIX = TextLimit.line("body_signer", "authority_prefix", 100);
    public static final TextLimit SIGNER_PRINCIPAL = TextLimit.line("body_signer", "principal_title", 200);
    public static final TextLimit SIGNER_TITLE = TextLimit.line("body_signer", "title", 200);
    public static final TextLimit SIGNER_NAME = TextLimit.line("body_signer", "name", 200);
    /** The stated maximum of every field of a profile, each the width of its column (V6); a test compares them. */
    public static final List<TextLimit> LIMITS = List.of(PARENT_BODY, NAME, ABBREVIATION, PLACE, BUDGET_UNIT_CODE, BASIS_KIND,
            BASIS_NUMBER, BASIS_ISSUER, BASIS_SUBJECT, SIGNER_PREFIX, SIGNER_PRINCIPAL, SIGNER_TITLE, SIGNER_NAME);

    private BodyProfileValidator() {
    }

    public static List<ValidationError> validate(BodyProfile profile) {
        List<ValidationError> errors = new ArrayList<>();
        if (profile.body().name().isEmpty()) {
            errors.add(ValidationError.of("body.name", "validation.body.name.required"));
        }
        String abbreviation = profile.body().abbreviation();
        if (!abbreviation.isEmpty() && !ABBREVIATION_PATTERN.matcher(abbreviation).matches()) {
            errors.add(ValidationError.of("body.abbreviation", "validation.body.abbreviation.invalid", abbreviation));
        }
        if (profile.place().isEmpty()) {
            errors.add(ValidationError.of("place", "validation.body.place.required"));
        }
        texts(profile, errors);
        if (profile.signers().isEmpty()) {
            errors.add(ValidationError.of("signers", "validation.body.signers.required"));
        }
        for (int i = 0; i < profile.signers().size(); i++) {
            Signer signer = profile.signers().get(i);
            String path = "signers[" + i + "]";
            if (signer.name().isEmpty()) {
                errors.add(ValidationError.of(path + ".name", "validation.body.signer.name.required", i + 1));
            }
            if (signer.title().isEmpty()) {
                errors.add(ValidationError.of(path + ".title", "validation.body.signer.title.required", i + 1));
            }
            if (signer.signsOnBehalf() && signer.principalTitle().isEmpty()) {
                errors.add(ValidationError.of(path + ".principalTitle", "validation.body.signer.principal.required", i + 1,
                        signer.authorityPrefix()));
            }
        }
        return errors;
    }

    private static void texts(BodyProfile profile, List<ValidationError> errors) {
        text(errors, "body.parentBody", profile.body().parentBody(), PARENT_BODY, "ui.bodies.field.parent");
        text(errors, "body.name", profile.body().name(), NAME, "ui.bodies.field.name");
        text(errors, "body.abbreviation", profile.body().abbreviation(), ABBREVIATION, "ui.bodies.field.abbreviation");
        text(errors, "place", profile.place(), PLACE, "ui.bodies.field.place");
        text(errors, "budgetUnitCode", profile.budgetUnitCode(), BUDGET_UNIT_CODE, "ui.bodies.field.code");
        LegalBasis basis = profile.authorityBasis();
        if (basis != null) {
            text(errors, "authorityBasis.kind", basis.kind(), BASIS_KIND, "ui.bodies.field.basisKind");
            text(errors, "authorityBasis.number", basis.number(), BASIS_NUMBER, "ui.bodies.field.basisNumber");
            text(errors, "authorityBasis.issuer", basis.issuer(), BASIS_ISSUER, "ui.bodies.field.basisIssuer");
            text(errors, "authorityBasis.subject", basis.subject(), BASIS_SUBJECT, "ui.bodies.field.basisSubject");
        }
        for (int i = 0; i < profile.signers().size(); i++) {
            Signer signer = profile.signers().get(i);
            String path = "signers[" + i + "]";
            signerText(errors, path + ".authorityPrefix", i, signer.authorityPrefix(), SIGNER_PREFIX, "ui.bodies.signer.prefix");
            signerText(errors, path + ".principalTitle", i, signer.principalTitle(), SIGNER_PRINCIPAL,
                    "ui.bodies.signer.principal");
            signerText(errors, path + ".title", i, signer.title(), SIGNER_TITLE, "ui.bodies.signer.title");
            signerText(errors, path + ".name", i, signer.name(), SIGNER_NAME, "ui.bodies.signer.name");
        }
    }

    /** The policy's problem with the field's label before it: "Tên cơ quan: dài 501 ký tự, tối đa 500". */
    private static void text(List<ValidationError> errors, String path, String value, TextLimit limit, String labelKey) {
        named(errors, path, value, limit, Phrase.of(labelKey));
    }

    /** "Người ký 2 – Họ và tên: có ký tự điều khiển không in được (U+001B) ở vị trí 4". */
    private static void signerText(List<ValidationError> errors, String path, int index, String value, TextLimit limit,
            String labelKey) {
        named(errors, path, value, limit, Phrase.of("validation.body.signerField", index + 1, Phrase.of(labelKey)));
    }

    private static void named(List<ValidationError> errors, String path, String value, TextLimit limit, Phrase label) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", label,
                    new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
