package vn.delegationdesk.delegation.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The opened delegation as display-ready sections: overview, composition with quotas, members, programme
 * by day, conferences with agendas, and who does what. Read-only for now; an editor will add commands.
 */
public final class DelegationDetailViewModel {
    private final DelegationFormatter formatter;

    private final ObjectProperty<Delegation> delegation = new SimpleObjectProperty<>(this, "delegation");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper compositionSummary = new ReadOnlyStringWrapper(this, "compositionSummary", "");
    private final ReadOnlyStringWrapper unassigned = new ReadOnlyStringWrapper(this, "unassigned", "");
    private final ObservableList<DetailItems.Field> overview = FXCollections.observableArrayList();
    private final ObservableList<DetailItems.Group> groups = FXCollections.observableArrayList();
    private final ObservableList<DetailItems.MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<DetailItems.ProgrammeDay> programme = FXCollections.observableArrayList();
    private final ObservableList<DetailItems.Conference> conferences = FXCollections.observableArrayList();
    private final ObservableList<DetailItems.Responsibility> responsibilities = FXCollections.observableArrayList();

    public DelegationDetailViewModel(Messages messages) {
        this.formatter = new DelegationFormatter(messages);
        delegation.addListener((observable, old, value) -> refresh(value));
    }

    /** The delegation shown; set it (or bind it to the list's opened delegation) to refresh every section. */
    public ObjectProperty<Delegation> delegationProperty() {
        return delegation;
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "14/10/2025 – 19/10/2025 · tỉnh Đắk Lắk, tỉnh Lâm Đồng · Dự thảo". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty compositionSummaryProperty() {
        return compositionSummary.getReadOnlyProperty();
    }

    /** "Chưa xếp vào nhóm thành phần: 2 người", or empty. */
    public ReadOnlyStringProperty unassignedProperty() {
        return unassigned.getReadOnlyProperty();
    }

    public ObservableList<DetailItems.Field> overview() {
        return overview;
    }

    public ObservableList<DetailItems.Group> groups() {
        return groups;
    }

    public ObservableList<DetailItems.MemberRow> members() {
        return members;
    }

    public ObservableList<DetailItems.ProgrammeDay> programme() {
        return programme;
    }

    public ObservableList<DetailItems.Conference> conferences() {
        return conferences;
    }

    public ObservableList<DetailItems.Responsibility> responsibilities() {
        return responsibilities;
    }

    private void refresh(Delegation d) {
        if (d == null) {
            title.set("");
            subtitle.set("");
            compositionSummary.set("");
            unassigned.set("");
            overview.clear();
            groups.clear();
            members.clear();
            programme.clear();
            conferences.clear();
            responsibilities.clear();
            present.set(false);
            return;
        }
        title.set(d.title());
        subtitle.set(String.join(" · ", formatter.dates(d.firstDate().orElse(null), d.lastDate().orElse(null)),
                formatter.places(d.legs().stream().map(leg -> leg.place()).toList()),
                formatter.status(d.status(), d.sample())));
        compositionSummary.set(formatter.compositionSummary(d));
        unassigned.set(formatter.unassigned(d));
        overview.setAll(formatter.overview(d));
        groups.setAll(formatter.groups(d));
        members.setAll(formatter.members(d));
        programme.setAll(formatter.programme(d));
        conferences.setAll(formatter.conferences(d));
        responsibilities.setAll(formatter.responsibilities(d.responsibilities()));
        present.set(true);
    }
}
