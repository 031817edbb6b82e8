package vn.delegationdesk.delegation.conference;

import vn.delegationdesk.common.Texts;

/** One point of a conference agenda; duration in minutes, when known. */
public record AgendaItem(String content, String presenter, Integer durationMinutes) {
    public AgendaItem {
        content = Texts.clean(content);
        presenter = Texts.clean(presenter);
    }
}
