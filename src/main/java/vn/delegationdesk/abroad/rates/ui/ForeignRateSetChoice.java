package vn.delegationdesk.abroad.rates.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.platform.i18n.Messages;

/** Which foreign rate set to export, asked in a small dialog listing the stored sets by name. */
public final class ForeignRateSetChoice {
    private ForeignRateSetChoice() {
    }

    /** The chosen set, or empty when the user cancels or none is stored. */
    public static Optional<ForeignRateSet> ask(Window owner, List<ForeignRateSet> sets, Messages messages) {
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = sets.stream().map(ForeignRateSet::name).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("abroad.rateSets.export.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.get("abroad.rateSets.export.choose"));
        return dialog.showAndWait().map(name -> sets.get(names.indexOf(name)));
    }
}
