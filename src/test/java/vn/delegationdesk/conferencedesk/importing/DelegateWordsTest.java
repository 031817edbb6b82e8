package vn.delegationdesk.conferencedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.delegation.member.roster.FieldColumns;

/** The group and status words of a delegate list, marks and case ignored, and the titles a delegate list may use. */
class DelegateWordsTest {
    @Test
    void aGroupIsNamedByAWordItContainsWithMarksAndCaseIgnored() {
        assertThat(DelegateWords.group("LÃNH ĐẠO TỈNH")).contains(DelegateGroup.LEADERS);
        assertThat(DelegateWords.group("lanh dao")).contains(DelegateGroup.LEADERS);
        assertThat(DelegateWords.group("Đơn vị nơi đến")).contains(DelegateGroup.HOSTS);
        assertThat(DelegateWords.group("Doanh nghiệp FDI")).contains(DelegateGroup.BUSINESSES);
        assertThat(DelegateWords.group("Thành viên đoàn")).contains(DelegateGroup.DELEGATION);
        assertThat(DelegateWords.group("Phóng viên Báo Nhân Dân")).contains(DelegateGroup.PRESS);
        assertThat(DelegateWords.group("báo chí")).contains(DelegateGroup.PRESS);
        assertThat(DelegateWords.group("Khách mời")).contains(DelegateGroup.OTHER);
        assertThat(DelegateWords.group("")).contains(DelegateGroup.OTHER);
        assertThat(DelegateWords.group("Hội đoàn thể")).isEqualTo(Optional.empty());
    }

    @Test
    void aStatusIsOneAnInvitationHasBeforeTheConference() {
        assertThat(DelegateWords.status("")).contains(DelegateStatus.INVITED);
        assertThat(DelegateWords.status("Đã mời")).contains(DelegateStatus.INVITED);
        assertThat(DelegateWords.status("XÁC NHẬN DỰ")).contains(DelegateStatus.CONFIRMED);
        assertThat(DelegateWords.status("Báo vắng")).contains(DelegateStatus.DECLINED);
        assertThat(DelegateWords.status("Đã đến")).isEmpty();
    }

    @Test
    void theTitlesOfEveryFieldAreRecognisedAndTheRunningNumberIsNot() {
        assertThat(FieldColumns.guess(DelegateField.class, List.of("Số thứ tự", "Họ và tên", "Chức vụ", "Cơ quan/đơn vị",
                "Nhóm", "Thứ tự ưu tiên", "Điện thoại/Liên hệ", "Hưởng lương NSNN", "Trạng thái", "Ghi chú"),
                DelegateHeaders.TITLES).asMap().values()).containsExactly(DelegateField.values());
        assertThat(DelegateHeaders.TITLES.field("SĐT liên hệ")).isEmpty();
        assertThat(DelegateHeaders.TITLES.field("Số điện thoại di động")).contains(DelegateField.CONTACT);
        assertThat(DelegateHeaders.TITLES.isKnown("STT")).isTrue();
    }
}
