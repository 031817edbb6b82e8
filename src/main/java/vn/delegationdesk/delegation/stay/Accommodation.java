package vn.delegationdesk.delegation.stay;

import vn.delegationdesk.common.Texts;

/**
 * Where the group sleeps on a night: the hotel's name, address and phone as the rooming list and the travel
 * orders print them, and whether the host body provides the rooms ("Đơn vị nơi đến bố trí phòng"), in which
 * case nothing is paid for them (TT 40/2017 Art. 7 k1). Every text may be empty while not yet known.
 */
public record Accommodation(String hotel, String address, String phone, boolean hostProvides) {
    /** Nothing known yet, rooms paid by the delegation: what a night derived from the programme has. */
    public static final Accommodation NONE = new Accommodation("", "", "", false);

    public Accommodation {
        hotel = Texts.clean(hotel);
        address = Texts.clean(address);
        phone = Texts.clean(phone);
    }

    public Accommodation withHostProvides(boolean value) {
        return new Accommodation(hotel, address, phone, value);
    }
}
