package vn.delegationdesk.settlement;

import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * The stamps of one stop on a member's travel order (giấy đi đường C16-HD): the place (a leg's place, "tỉnh Đắk
 * Lắk") and the certified dates of arrival ({@code from}) and departure ({@code to}), both days included.
 */
public record CertifiedStay(String place, LocalDate from, LocalDate to) {
    public CertifiedStay {
        place = Texts.clean(place);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
