package vn.delegationdesk.delegation.member.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    @Test
    void guessesTheUsualVietnameseTitlesAndIgnoresStt() {
        List<String> headers = List.of("STT", "Họ tên", "Ngày tháng năm sinh", "Giới tính", "Chức vụ", "Đơn vị công tác",
                "Nhóm", "Hệ số PCCV", "Trong biên chế", "SĐT", "CCCD/CMND", "Vai trò", "Ghi chú", "Dân tộc");

        ColumnMapping mapping = ColumnMapping.guess(headers, RememberedMapping.NONE);

        assertThat(mapping.field(0)).isNull();
        assertThat(mapping.asMap().values()).containsExactly(MemberField.FULL_NAME, MemberField.DATE_OF_BIRTH,
                MemberField.GENDER, MemberField.POSITION, MemberField.SENDING_UNIT, MemberField.GROUP,
                MemberField.ALLOWANCE_COEFFICIENT, MemberField.ON_STATE_PAYROLL, MemberField.PHONE, MemberField.ID_NUMBER,
                MemberField.ROLE, MemberField.NOTES);
        assertThat(mapping.field(13)).as("Dân tộc is no member field").isNull();
    }

    @Test
    void matchesWithoutAccentsCasePunctuationOrExtraWords() {
        List<String> headers = List.of("HO VA TEN", "Số điện thoại di động", "so cccd / cmnd", "Nhóm máu", "Đơn vị cử đi");

        ColumnMapping mapping = ColumnMapping.guess(headers, RememberedMapping.NONE);

        assertThat(mapping.field(0)).isEqualTo(MemberField.FULL_NAME);
        assertThat(mapping.field(1)).isEqualTo(MemberField.PHONE);
        assertThat(mapping.field(2)).isEqualTo(MemberField.ID_NUMBER);
        assertThat(mapping.field(3)).as("one-word titles never match by prefix").isNull();
        assertThat(mapping.field(4)).isEqualTo(MemberField.SENDING_UNIT);
    }

    @Test
    void rememberedMappingWinsAndFollowsTheHeaderTextInAnotherColumnOrder() {
        List<String> first = List.of("Tên cán bộ", "Cơ quan", "Điện thoại", "Mã số");
        ColumnMapping confirmed = ColumnMapping.guess(first, RememberedMapping.NONE)
                .with(0, MemberField.FULL_NAME).with(1, MemberField.POSITION).with(2, null).with(3, MemberField.ID_NUMBER);
        RememberedMapping remembered = confirmed.remember(first);

        List<String> later = List.of("Mã số", "ĐIỆN THOẠI", "Đơn vị", "Cơ quan", "Tên cán bộ");
        ColumnMapping mapping = ColumnMapping.guess(later, remembered);

        assertThat(mapping.field(0)).isEqualTo(MemberField.ID_NUMBER);
        assertThat(mapping.field(1)).as("remembered as ignored").isNull();
        assertThat(mapping.field(2)).isEqualTo(MemberField.SENDING_UNIT);
        assertThat(mapping.field(3)).as("remembered over the usual title").isEqualTo(MemberField.POSITION);
        assertThat(mapping.field(4)).isEqualTo(MemberField.FULL_NAME);
    }

    @Test
    void aFieldHasOneColumnAndMovingItFreesTheOther() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Họ và tên", "Họ tên", "Ghi chú"), RememberedMapping.NONE);
        assertThat(mapping.field(0)).isEqualTo(MemberField.FULL_NAME);
        assertThat(mapping.field(1)).as("leftmost wins").isNull();

        ColumnMapping moved = mapping.with(1, MemberField.FULL_NAME);

        assertThat(moved.field(0)).isNull();
        assertThat(moved.field(1)).isEqualTo(MemberField.FULL_NAME);
        assertThat(moved.column(MemberField.FULL_NAME)).hasValue(1);
        assertThat(moved.with(1, null).isMapped(MemberField.FULL_NAME)).isFalse();
    }

    @Test
    void memoryKeepsTheNewestChoicesWithinItsLimit() {
        Map<String, MemberField> many = new HashMap<>();
        for (int i = 0; i < RememberedMapping.MAX_ENTRIES; i++) {
            many.put("Cột " + i, MemberField.NOTES);
        }
        RememberedMapping old = RememberedMapping.of(many);

        RememberedMapping updated = old.updatedWith(RememberedMapping.of(Map.of("Cột 5", MemberField.PHONE, "Mới", MemberField.ROLE)));

        assertThat(updated.asMap()).hasSize(RememberedMapping.MAX_ENTRIES);
        assertThat(updated.field("cot 5")).isEqualTo(MemberField.PHONE);
        assertThat(updated.field("MỚI")).isEqualTo(MemberField.ROLE);
    }
}
