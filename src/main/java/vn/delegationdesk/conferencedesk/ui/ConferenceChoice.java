package vn.delegationdesk.conferencedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.Theme;

/**
 * Asks which of a delegation's conferences the desk is for, each named short by its day and venue ("14/10/2025 – Khách
 * sạn Sài Gòn – Ban Mê"): the seed's titles run to three lines, too wide for a list.
 */
public final class ConferenceChoice {
    private ConferenceChoice() {
    }

    /** The chosen conference; empty when the user cancels. */
    public static Optional<Conference> ask(Window owner, List<Conference> conferences, String title, String header,
            Messages messages) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < conferences.size(); i++) {
            labels.add(label(conferences.get(i), i + 1, messages));
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheetUrl());
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("ui.dialog.ok"), ButtonData.OK_DONE),
                new ButtonType(messages.get("ui.dialog.cancel"), ButtonData.CANCEL_CLOSE));
        return dialog.showAndWait().map(chosen -> conferences.get(labels.indexOf(chosen)));
    }

    /** "Hội nghị 1: 14/10/2025 – Khách sạn Sài Gòn – Ban Mê". */
    static String label(Conference conference, int number, Messages messages) {
        String venue = conference.venue().isBlank() ? "" : " – " + conference.venue();
        return messages.get("conferencedesk.conference.label", number, VietnameseDates.format(conference.date()) + venue);
    }
}
