package vn.delegationdesk.delegation.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Signer;

/** What a body profile must hold before it is kept: a name, a usable abbreviation and signers named in full. */
public final class BodyProfileValidator {
    /** Letters (with Vietnamese "Đ") and digits, as in "SVHTTDL" or "UBND"; a hyphen may join parts. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*");
    private static final int MAX_TEXT = 500;

    private BodyProfileValidator() {
    }

    public static List<ValidationError> validate(BodyProfile profile) {
        List<ValidationError> errors = new ArrayList<>();
        if (profile.body().name().isEmpty()) {
            errors.add(ValidationError.of("body.name", "validation.body.name.required"));
        }
        String abbreviation = profile.body().abbreviation();
        if (!abbreviation.isEmpty() && !ABBREVIATION.matcher(abbreviation).matches()) {
            errors.add(ValidationError.of("body.abbreviation", "validation.body.abbreviation.invalid", abbreviation));
        }
        if (profile.place().isEmpty()) {
            errors.add(ValidationError.of("place", "validation.body.place.required"));
        }
        tooLong(errors, "body.parentBody", profile.body().parentBody());
        tooLong(errors, "body.name", profile.body().name());
        tooLong(errors, "place", profile.place());
        if (profile.budgetUnitCode().length() > 20) {
            errors.add(ValidationError.of("budgetUnitCode", "validation.body.budgetUnitCode.tooLong", 20));
        }
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

    private static void tooLong(List<ValidationError> errors, String path, String value) {
        if (value.length() > MAX_TEXT) {
            errors.add(ValidationError.of(path, "validation.body.tooLong", MAX_TEXT));
        }
    }
}
