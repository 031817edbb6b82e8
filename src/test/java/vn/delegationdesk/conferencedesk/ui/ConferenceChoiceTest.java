package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The seed's conferences are offered by day and venue, not by their three-line titles. */
class ConferenceChoiceTest {
    @Test
    void aConferenceIsNamedByItsDayAndVenue() {
        Conference first = SampleDelegation.create().conferences().get(0);

        assertThat(ConferenceChoice.label(first, 1, new Messages()))
                .isEqualTo("Hội nghị 1: 14/10/2025 – " + first.venue())
                .hasSizeLessThan(90);
    }
}
