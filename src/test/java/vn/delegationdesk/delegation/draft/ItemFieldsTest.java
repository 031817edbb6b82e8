package vn.delegationdesk.delegation.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The form of a selected item, on the sample's responsibility blocks: what it shows and what typing writes. */
class ItemFieldsTest {
    private final Messages messages = new Messages();
    private DelegationDraft draft;
    private Delegation stored;
    private DraftList<Responsibility> blocks;
    private ItemFields<Responsibility> fields;
    private StringProperty unit;
    private ObjectProperty<ResponsibilityRole> role;
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void openTheSample() {
        stored = SampleDelegation.create().withId(5L);
        draft = new DelegationDraft(messages);
        draft.load(stored);
        blocks = new DraftList<>(draft, Delegation::responsibilities, (b, v) -> b.responsibilities(v));
        fields = new ItemFields<>(blocks);
        unit = fields.text("unit", Responsibility::unit,
                (r, v) -> new Responsibility(v, r.role(), r.duties(), r.dueDate(), r.status()));
        role = fields.value("role", Responsibility::role,
                (r, v) -> new Responsibility(r.unit(), v, r.duties(), r.dueDate(), r.status()));
        fields.onShow((r, anotherItem) -> shown.add((r == null ? "none" : r.unit()) + (anotherItem ? " (chosen)" : "")));
    }

    @Test
    void showsTheSelectedItemAndAnotherOneWhenChosen() {
        assertThat(unit.get()).isEqualTo("Phòng Tổ chức - Pháp chế");
        assertThat(role.get()).isEqualTo(ResponsibilityRole.LEAD);

        blocks.selectedProperty().set(1);

        assertThat(unit.get()).isEqualTo("Văn phòng Sở");
        assertThat(role.get()).isEqualTo(ResponsibilityRole.COORDINATING);
        assertThat(shown).containsExactly("Phòng Tổ chức - Pháp chế (chosen)", "Văn phòng Sở (chosen)");
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void typingWritesTheSelectedItemAndStaysAsTyped() {
        unit.set("Phòng Tổ chức - Pháp chế (TCPC) ");

        assertThat(draft.get().responsibilities().get(0).unit()).isEqualTo("Phòng Tổ chức - Pháp chế (TCPC)");
        assertThat(unit.get()).isEqualTo("Phòng Tổ chức - Pháp chế (TCPC) ");
        assertThat(shown).as("what the form wrote is not shown back").containsExactly("Phòng Tổ chức - Pháp chế (chosen)");

        role.set(null);
        assertThat(draft.get().responsibilities().get(0).role()).as("no choice writes nothing").isEqualTo(ResponsibilityRole.LEAD);
        role.set(ResponsibilityRole.COORDINATING);
        assertThat(draft.get().responsibilities().get(0).role()).isEqualTo(ResponsibilityRole.COORDINATING);
    }

    @Test
    void aChangeMadeElsewhereShowsInTheFields() {
        unit.set("Phòng Tổ chức");

        draft.revert();

        assertThat(unit.get()).isEqualTo("Phòng Tổ chức - Pháp chế");
        assertThat(shown).last().isEqualTo("Phòng Tổ chức - Pháp chế");
    }

    @Test
    void withNothingSelectedTheFieldsAreEmptyAndWriteNothing() {
        blocks.select(-1);

        assertThat(unit.get()).isEmpty();
        assertThat(role.get()).isNull();
        unit.set("Phòng mới");
        assertThat(draft.get()).isEqualTo(stored);
        assertThat(fields.item()).isNull();
    }
}
