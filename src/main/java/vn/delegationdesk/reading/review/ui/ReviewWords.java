package vn.delegationdesk.reading.review.ui;

import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.review.Words;

/** The forms' Vietnamese from the app's bundle. */
public final class ReviewWords implements Words {
    private final Messages messages;
    private final EnumLabels labels;

    public ReviewWords(Messages messages) {
        this.messages = messages;
        this.labels = new EnumLabels(messages);
    }

    @Override
    public String text(Phrase phrase) {
        return messages.get(phrase.key(), phrase.args().toArray());
    }

    @Override
    public String label(Enum<?> value) {
        return labels.label(value);
    }
}
