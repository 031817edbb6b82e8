package vn.delegationdesk.delegation.editor;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;

/**
 * The small form behind "Tạo đoàn mới…" and "Sao chép thành đoàn mới…": a title, the trip's dates (for a copy
 * only the new start; the length comes from the original) and, for a copy, whether the members come along.
 */
public final class NewDelegationForm {
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final DateInput start;
    private final DateInput end;
    private final BooleanProperty withMembers = new SimpleBooleanProperty(this, "withMembers", false);
    private final BooleanProperty keepBody = new SimpleBooleanProperty(this, "keepBody", true);
    private String inheritedBody = "";
    private final StringBinding titleError;
    private final StringBinding endError;
    private final BooleanBinding valid;

    public NewDelegationForm(Messages messages, String initialTitle, LocalDate initialStart) {
        start = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.field.startDate")), m -> { });
        end = new DateInput(messages.get("ui.editor.error.date", messages.get("ui.editor.field.endDate")), m -> { });
        title.set(initialTitle);
        start.show(initialStart);
        titleError = Bindings.createStringBinding(() -> title.get() == null || title.get().isBlank()
                ? messages.get("ui.new.error.title") : null, title);
        endError = Bindings.createStringBinding(() -> {
            LocalDate s = start.valueProperty().get();
            LocalDate e = end.valueProperty().get();
            return s != null && e != null && e.isBefore(s) ? messages.get("ui.new.error.endBeforeStart") : end.errorProperty().get();
        }, start.valueProperty(), end.valueProperty(), end.errorProperty());
        valid = Bindings.createBooleanBinding(() -> titleError.get() == null && endError.get() == null
                && start.errorProperty().get() == null, titleError, endError, start.errorProperty());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public DateInput start() {
        return start;
    }

    public DateInput end() {
        return end;
    }

    public BooleanProperty withMembersProperty() {
        return withMembers;
    }

    /**
     * What a new delegation would take from the open one ("SỞ VĂN HÓA VÀ THỂ THAO (UBND THÀNH PHỐ HÀ NỘI); người ký:
     * GIÁM ĐỐC Bạch Liên Hương"), shown before it is taken; empty when nothing would be.
     */
    public void offerInheritedBody(String summary) {
        inheritedBody = summary == null ? "" : summary;
    }

    public String inheritedBody() {
        return inheritedBody;
    }

    /** True (the default) to take the issuing body and signer shown; false to start with them empty. */
    public BooleanProperty keepBodyProperty() {
        return keepBody;
    }

    public StringBinding titleError() {
        return titleError;
    }

    public StringBinding endError() {
        return endError;
    }

    /** The OK button is enabled only when the form can be used as it is. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
