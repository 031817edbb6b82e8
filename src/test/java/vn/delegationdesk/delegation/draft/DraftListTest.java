package vn.delegationdesk.delegation.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** Lists of the draft and lists inside their selected item, on the sample's four responsibility blocks and their duties. */
class DraftListTest {
    private final Messages messages = new Messages();
    private DelegationDraft draft;
    private Delegation stored;
    private DraftList<Responsibility> blocks;
    private DraftList<String> duties;

    @BeforeEach
    void openTheSample() {
        stored = SampleDelegation.create().withId(3L);
        draft = new DelegationDraft(messages);
        draft.load(stored);
        blocks = new DraftList<>(draft, Delegation::responsibilities, (b, v) -> b.responsibilities(v));
        duties = blocks.nested(Responsibility::duties,
                (r, v) -> new Responsibility(r.unit(), r.role(), v, r.dueDate(), r.status()));
    }

    @Test
    void aDelegationOpensOnTheFirstItemAndTheListInsideItOnNothing() {
        assertThat(blocks.selectedProperty().get()).isZero();
        assertThat(duties.items()).hasSize(6).first().asString().startsWith("Chủ trì thực hiện");
        assertThat(duties.selectedProperty().get()).isEqualTo(-1);
    }

    @Test
    void theListInsideFollowsTheChosenItemAndWritesIntoIt() {
        blocks.selectedProperty().set(1);
        assertThat(duties.items()).containsExactly("Hướng dẫn phòng chuyên môn xây dựng dự toán kinh phí chi tiết.",
                "Hỗ trợ công tác thanh quyết toán theo quy định.");

        duties.add("Chuẩn bị hồ sơ thanh toán.");

        assertThat(draft.get().responsibilities().get(1).duties()).hasSize(3).last().isEqualTo("Chuẩn bị hồ sơ thanh toán.");
        assertThat(duties.selectedProperty().get()).isEqualTo(2);
        assertThat(blocks.selectedProperty().get()).as("the block stays chosen").isEqualTo(1);

        duties.moveSelected(-1);
        assertThat(draft.get().responsibilities().get(1).duties().get(1)).isEqualTo("Chuẩn bị hồ sơ thanh toán.");
        assertThat(duties.selectedProperty().get()).isEqualTo(1);
        assertThat(draft.get().responsibilities().get(0)).isEqualTo(stored.responsibilities().get(0));
    }

    @Test
    void choosingAnotherItemStartsTheListInsideAgainEvenAtTheSameIndex() {
        blocks.selectedProperty().set(1);
        duties.selectedProperty().set(1);

        blocks.selectedProperty().set(2);
        assertThat(duties.selectedProperty().get()).isEqualTo(-1);

        duties.selectedProperty().set(0);
        blocks.removeSelected();
        assertThat(blocks.selectedProperty().get()).as("the next block takes the place").isEqualTo(2);
        assertThat(duties.items()).isEqualTo(draft.get().responsibilities().get(2).duties());
        assertThat(duties.selectedProperty().get()).isEqualTo(-1);
    }

    @Test
    void aChangeOfTheDraftKeepsTheChoiceInsideWithinRange() {
        blocks.selectedProperty().set(1);
        duties.add("Thêm một việc.");
        assertThat(duties.selectedProperty().get()).isEqualTo(2);

        draft.revert();

        assertThat(duties.items()).hasSize(2);
        assertThat(duties.selectedProperty().get()).isEqualTo(1);
        assertThat(blocks.selectedProperty().get()).isEqualTo(1);
    }

    @Test
    void nothingCanBeAddedWhereThereIsNoItemOrNoDelegation() {
        blocks.select(-1);
        duties.add("Không có chỗ.");
        assertThat(duties.items()).isEmpty();
        assertThat(duties.selectedProperty().get()).isEqualTo(-1);
        assertThat(draft.isDirty()).isFalse();

        draft.load(null);
        blocks.add(stored.responsibilities().get(0));
        assertThat(blocks.items()).isEmpty();
        assertThat(blocks.selectedProperty().get()).isEqualTo(-1);
    }

    @Test
    void followersHearWhetherAnotherItemWasChosen() {
        List<Boolean> heard = new ArrayList<>();
        blocks.follow(heard::add);

        blocks.selectedProperty().set(2);
        blocks.select(2);
        blocks.replace(2, stored.responsibilities().get(3));
        draft.load(stored.withId(4L));

        assertThat(heard).containsExactly(true, true, false, true);
        assertThat(blocks.selectedProperty().get()).as("another delegation opens on its first item").isZero();
    }

    @Test
    void rowsFollowTheItemsAndWhatElseTheyShowUnderTheRefreshFlag() {
        SimpleIntegerProperty marked = new SimpleIntegerProperty(-1);
        List<Boolean> refreshingWhenChanged = new ArrayList<>();
        ObservableList<String> rows = blocks.rows((i, r) -> (i == marked.get() ? "* " : "") + r.unit(), marked);
        rows.addListener((javafx.collections.ListChangeListener<String>) change -> refreshingWhenChanged.add(blocks.isRefreshing()));

        assertThat(rows).containsExactly("Phòng Tổ chức - Pháp chế", "Văn phòng Sở", "Các phòng, đơn vị sự nghiệp thuộc Sở",
                "UBND các xã, phường");

        marked.set(1);
        blocks.removeSelected();

        assertThat(rows).containsExactly("Văn phòng Sở", "* Các phòng, đơn vị sự nghiệp thuộc Sở", "UBND các xã, phường");
        assertThat(refreshingWhenChanged).isNotEmpty().containsOnly(true);
        assertThat(blocks.isRefreshing()).isFalse();
    }
}
