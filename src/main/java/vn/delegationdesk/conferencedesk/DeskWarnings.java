package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.delegationdesk.platform.i18n.TextFolding;

/**
 * What the organiser should look at in a delegate list without it being refused: delegates with the same name and body
 * (marks, case and spacing ignored: "Nguyễn Văn An" of "Sở Văn hóa" and "NGUYEN VAN AN" of "so van hoa" are the same
 * person), and several delegates with the same non-zero precedence (the seating needs one per rank).
 */
public final class DeskWarnings {
    private DeskWarnings() {
    }

    /** One warning per set of duplicates: "Đại biểu 3, 17 trùng họ tên và cơ quan: Nguyễn Văn An – Sở Văn hóa". */
    public static List<DeskWarning> duplicates(List<Delegate> delegates) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < delegates.size(); i++) {
            Delegate d = delegates.get(i);
            if (d.fullName().isBlank()) {
                continue;
            }
            String key = TextFolding.searchKey(d.fullName()) + "|" + TextFolding.searchKey(d.body());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<DeskWarning> warnings = new ArrayList<>();
        for (List<Integer> same : byKey.values()) {
            if (same.size() > 1) {
                Delegate first = delegates.get(same.get(0));
                warnings.add(new DeskWarning("conferencedesk.warning.duplicate",
                        List.of(numbers(same), first.fullName(), first.body()), ids(delegates, same)));
            }
        }
        return warnings;
    }

    /** One warning per precedence held by several delegates: "Thứ tự lễ tân 2 trùng ở đại biểu 4, 9: …". */
    public static List<DeskWarning> precedenceConflicts(List<Delegate> delegates) {
        Map<Integer, List<Integer>> byRank = new java.util.TreeMap<>();
        for (int i = 0; i < delegates.size(); i++) {
            int rank = delegates.get(i).precedence();
            if (rank > 0) {
                byRank.computeIfAbsent(rank, k -> new ArrayList<>()).add(i);
            }
        }
        List<DeskWarning> warnings = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : byRank.entrySet()) {
            List<Integer> same = entry.getValue();
            if (same.size() > 1) {
                String names = same.stream().map(i -> delegates.get(i).fullName()).collect(Collectors.joining("; "));
                warnings.add(new DeskWarning("conferencedesk.warning.precedence", List.of(entry.getKey(), numbers(same), names),
                        ids(delegates, same)));
            }
        }
        return warnings;
    }

    private static String numbers(List<Integer> indexes) {
        return indexes.stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "));
    }

    private static List<String> ids(List<Delegate> delegates, List<Integer> indexes) {
        return indexes.stream().map(i -> delegates.get(i).id()).toList();
    }
}
