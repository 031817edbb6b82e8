package vn.delegationdesk.delegation.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.programme.HalfDay;

/** A conference the delegation holds with its hosts ("Hội nghị trao đổi, học tập kinh nghiệm"). */
public record Conference(
        String id,
        String title,
        LocalDate date,
        HalfDay halfDay,
        String venue,
        String venueStandard,
        int expectedDelegates,
        String coOrganiser,
        List<AgendaItem> agenda) {
    public Conference {
        id = Texts.clean(id);
        title = Texts.clean(title);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(halfDay, "halfDay");
        venue = Texts.clean(venue);
        venueStandard = Texts.clean(venueStandard);
        coOrganiser = Texts.clean(coOrganiser);
        agenda = List.copyOf(agenda);
    }
}
