package vn.delegationdesk.delegation;

import java.time.LocalDate;
import vn.delegationdesk.common.Texts;

/**
 * Number, symbol, place and date of the plan ("Số: 125/KH-SVHTT", "Hà Nội, ngày ..."). Number and
 * date stay empty for a draft that is not yet registered.
 */
public record DocumentInfo(String number, String symbol, String place, LocalDate date) {
    public DocumentInfo {
        number = Texts.clean(number);
        symbol = Texts.clean(symbol);
        place = Texts.clean(place);
    }
}
