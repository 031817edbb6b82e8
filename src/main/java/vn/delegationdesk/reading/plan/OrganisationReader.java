package vn.delegationdesk.reading.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.reading.Normalised.Paragraph;

/**
 * The section "Tổ chức thực hiện" matched to the tasks: its paragraphs "1. Sở …" (the unit, alone or followed by
 * ": duty"), then the unit's duties as bullets or lines. A duty is given to a task when it quotes the task's number
 * ("nhiệm vụ 1.2", "mục 2.1") or when one of its clauses shares enough of its words with one of the task's lines
 * (compared without marks or case). What says "chủ trì" leads, what says only "phối hợp" coordinates, any other
 * leads unless the task already has a lead. Pure; what matches nothing is returned to stay listed.
 */
final class OrganisationReader {
    private static final Pattern UNIT_HEAD = Pattern.compile("^\\d+\\.\\s*(.+)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*");
    private static final Pattern QUOTED = Pattern.compile(
            "(?:nhiệm vụ|mục|tiểu mục|điểm|nội dung)\\s+(?:số\\s+)?(\\d+(?:\\.\\d+)*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;.:]\\s+|[;.]$");
    /**
     * A clause matches a task's line when the line holds half of the clause's word pairs (at least four), or eight of
     * them for a long clause; the line holding most wins.
     */
    private static final double SHARE = 0.5;
    private static final int MIN_PAIRS = 4;
    private static final int ENOUGH_PAIRS = 8;

    /** A task the section may give units to: its number and its lines (the first is its heading). */
    record Task(String number, List<String> lines) {
    }

    /** A unit given a task: lead (else coordinating), and the passages that say it (the unit's line and the duty). */
    record Assignment(String task, String unit, boolean lead, List<Integer> passages) {
    }

    /** What the section gave: the assignments in the text's order and the passages that matched no task. */
    record Result(List<Assignment> assignments, List<Integer> unmatched) {
    }

    private OrganisationReader() {
    }

    /** Reads the section's {@code paragraphs} against {@code tasks}. */
    static Result read(List<Paragraph> paragraphs, List<Task> tasks) {
        Index index = new Index(tasks);
        List<Assignment> assignments = new ArrayList<>();
        Set<Integer> matched = new HashSet<>();
        List<Integer> all = new ArrayList<>();
        List<String> units = List.of();
        Paragraph unitLine = null;
        for (Paragraph p : paragraphs) {
            all.addAll(p.passages());
            String text = p.text();
            String duty = text;
            Matcher head = UNIT_HEAD.matcher(text);
            if (head.matches()) {
                String rest = head.group(1).replaceAll("[.:]+$", "").strip();
                int colon = rest.indexOf(':');
                units = TaskFigures.unitList(colon < 0 ? rest : rest.substring(0, colon));
                unitLine = p;
                duty = colon < 0 ? "" : rest.substring(colon + 1).strip();
            } else {
                duty = BULLET.matcher(text).replaceFirst("");
            }
            if (duty.isEmpty() || units.isEmpty()) {
                continue;
            }
            List<Given> given = tasksOf(duty, tasks, index);
            if (given.isEmpty()) {
                continue;
            }
            List<Integer> passages = new ArrayList<>(p.passages());
            if (unitLine != p) {
                passages.addAll(0, unitLine.passages());
            }
            matched.addAll(passages);
            for (Given g : given) {
                for (int i = 0; i < units.size(); i++) {
                    assignments.add(new Assignment(g.task(), units.get(i), g.lead() && i == 0, passages));
                }
            }
        }
        return new Result(assignments, all.stream().filter(i -> !matched.contains(i)).toList());
    }

    /** A task a duty gives, and whether it leads it. */
    record Given(String task, boolean lead) {
    }

    /**
     * The tasks a duty gives, each once, in order: by the numbers a clause quotes, else by the words a clause shares
     * with a task's line. A clause that says "chủ trì" leads, one that says only "phối hợp" coordinates, any other
     * takes the duty's word.
     */
    static List<Given> tasksOf(String duty, List<Task> tasks, Index index) {
        List<Given> given = new ArrayList<>();
        boolean dutyLeads = leads(duty, true);
        String[] clauses = CLAUSE_BREAK.split(duty);
        boolean quotes = false;
        for (String clause : clauses) {
            Matcher quoted = QUOTED.matcher(clause);
            while (quoted.find()) {
                String number = quoted.group(1);
                if (tasks.stream().anyMatch(t -> t.number().equals(number)) && given.stream().noneMatch(g -> g.task().equals(number))) {
                    given.add(new Given(number, leads(clause, dutyLeads)));
                    quotes = true;
                }
            }
        }
        if (quotes) {
            return given;
        }
        for (String clause : clauses) {
            String best = index.bestTask(clause);
            if (best != null && given.stream().noneMatch(g -> g.task().equals(best))) {
                given.add(new Given(best, leads(clause, dutyLeads)));
            }
        }
        return given;
    }

    private static boolean leads(String text, boolean otherwise) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("chủ trì")) {
            return true;
        }
        return !lower.contains("phối hợp") && otherwise;
    }

    /** The tasks' lines by the word pairs they hold, built once per section: a clause is looked up, not compared to each line. */
    static final class Index {
        private final List<String> lineTask = new ArrayList<>();
        private final Map<String, List<Integer>> linesByPair = new HashMap<>();

        Index(List<Task> tasks) {
            for (Task task : tasks) {
                for (String line : task.lines()) {
                    int at = lineTask.size();
                    lineTask.add(task.number());
                    for (String pair : pairs(line)) {
                        linesByPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(at);
                    }
                }
            }
        }

        /** The task one of whose lines holds most of the clause's word pairs, enough of them; null when none does. */
        String bestTask(String clause) {
            Set<String> pairs = pairs(clause);
            if (pairs.size() < MIN_PAIRS) {
                return null;
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (String pair : pairs) {
                for (int line : linesByPair.getOrDefault(pair, List.of())) {
                    shared.merge(line, 1, Integer::sum);
                }
            }
            int best = -1;
            int bestShared = 0;
            for (Map.Entry<Integer, Integer> e : new TreeMap<>(shared).entrySet()) {
                int count = e.getValue();
                boolean enough = count >= ENOUGH_PAIRS || count >= MIN_PAIRS && count >= SHARE * pairs.size();
                if (enough && count > bestShared) {
                    best = e.getKey();
                    bestShared = count;
                }
            }
            return best < 0 ? null : lineTask.get(best);
        }
    }

    /** The pairs of consecutive words of {@code text}, without marks or case ("hóa" and "hoá" are one word). */
    static Set<String> pairs(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String[] words = plain.split("[^\\p{L}\\p{N}]+");
        Set<String> pairs = new HashSet<>();
        String before = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (before != null) {
                pairs.add(before + " " + word);
            }
            before = word;
        }
        return pairs;
    }
}
