package vn.delegationdesk.conferencedesk.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.delegation.member.roster.TitleMatcher;

/**
 * The words of a delegate list for the group and the status, compared with accents and case aside ({@link TitleMatcher#key}).
 * A group cell names its group by a word it contains ("Lãnh đạo tỉnh", "Doanh nghiệp FDI", "Phóng viên báo Nhân Dân"); a
 * status cell is one of the statuses an invitation can have before the conference (attendance is taken at the desk).
 */
final class DelegateWords {
    /** Words of each group, looked for in order: the first group with a word in the cell wins. */
    private static final List<Map.Entry<DelegateGroup, List<String>>> GROUPS = List.of(
            Map.entry(DelegateGroup.LEADERS, List.of("lanh dao", "chu tri", "chu toa")),
            Map.entry(DelegateGroup.HOSTS, List.of("don vi noi den", "noi den", "dia phuong", "chu nha", "so tai", "don vi so tai")),
            Map.entry(DelegateGroup.BUSINESSES, List.of("doanh nghiep", "cong ty", "hiep hoi", "tap doan")),
            Map.entry(DelegateGroup.DELEGATION, List.of("thanh vien doan", "doan cong tac", "doan vien", "thanh vien")),
            Map.entry(DelegateGroup.PRESS, List.of("bao chi", "phong vien", "nha bao", "truyen hinh", "phat thanh", "co quan bao")),
            Map.entry(DelegateGroup.OTHER, List.of("khach moi khac", "khach moi", "khac")));
    private static final Map<String, DelegateStatus> STATUSES = Map.ofEntries(
            Map.entry("da moi", DelegateStatus.INVITED), Map.entry("moi", DelegateStatus.INVITED),
            Map.entry("duoc moi", DelegateStatus.INVITED), Map.entry("chua xac nhan", DelegateStatus.INVITED),
            Map.entry("xac nhan", DelegateStatus.CONFIRMED), Map.entry("xac nhan du", DelegateStatus.CONFIRMED),
            Map.entry("da xac nhan", DelegateStatus.CONFIRMED), Map.entry("du", DelegateStatus.CONFIRMED),
            Map.entry("co", DelegateStatus.CONFIRMED), Map.entry("tham du", DelegateStatus.CONFIRMED),
            Map.entry("bao vang", DelegateStatus.DECLINED), Map.entry("vang", DelegateStatus.DECLINED),
            Map.entry("khong du", DelegateStatus.DECLINED), Map.entry("khong", DelegateStatus.DECLINED),
            Map.entry("tu choi", DelegateStatus.DECLINED));

    private DelegateWords() {
    }

    /** The group a cell names; blank is {@link DelegateGroup#OTHER}; empty when no group word is in it. */
    static Optional<DelegateGroup> group(String text) {
        String key = TitleMatcher.key(text);
        if (key.isEmpty()) {
            return Optional.of(DelegateGroup.OTHER);
        }
        String padded = " " + key + " ";
        for (Map.Entry<DelegateGroup, List<String>> group : GROUPS) {
            for (String word : group.getValue()) {
                if (padded.contains(" " + word + " ")) {
                    return Optional.of(group.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Đã mời, Xác nhận dự, Báo vắng (and their usual variants); blank is {@link DelegateStatus#INVITED}. */
    static Optional<DelegateStatus> status(String text) {
        String key = TitleMatcher.key(text);
        return key.isEmpty() ? Optional.of(DelegateStatus.INVITED) : Optional.ofNullable(STATUSES.get(key));
    }
}
