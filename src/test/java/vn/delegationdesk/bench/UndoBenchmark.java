package vn.delegationdesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.Workspace;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * What the undo history costs (a main class, not a unit test), on the sample and on a large delegation, every editor
 * view model listening, warm medians of {@code --runs}; no display needed:
 * <ul>
 *   <li>a keystroke in the plan's title: the draft's update, the step joined to the field's step and its name;</li>
 *   <li>a keystroke in a member's phone (the member table's list is replaced);</li>
 *   <li>deleting a member (a new step named "xóa thành viên …"), then undo and redo of it.</li>
 * </ul>
 * Target: each under one frame at 60 Hz (16 ms) for the sample and under 100 ms for the large delegation.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.UndoBenchmark --members 2000 --runs 30
 * </pre>
 */
public final class UndoBenchmark {
    private UndoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 30);
        measure("sample (37 members)", SampleDelegation.create(), runs, 16);
        measure(String.format(Locale.ROOT, "large (%d members)", members), LargeDelegation.of(members), runs, 100);
        System.exit(0);
    }

    private static void measure(String name, Delegation delegation, int runs, double targetMs) throws Exception {
        try (AppServices services = TestServices.inMemory(delegation)) {
            Workspace workspace = new Workspace(services, new DirectTaskRunner(), new RecordingDialogService(),
                    SampleDelegation::create, LocalDate::now, TestServices.quietDevices());
            DelegationEditorViewModel editor = workspace.editor();
            MembersEditorViewModel table = workspace.members();
            long id = services.delegations().list().get(0).id();
            List<Long> title = new ArrayList<>();
            List<Long> phone = new ArrayList<>();
            List<Long> delete = new ArrayList<>();
            List<Long> undo = new ArrayList<>();
            List<Long> redo = new ArrayList<>();
            for (int run = 0; run < runs + 5; run++) {
                boolean counted = run >= 5;
                editor.open(services.delegations().find(id).orElseThrow());
                String typed = "";
                for (char c : "Đoàn khảo sát".toCharArray()) {
                    typed += c;
                    String text = typed;
                    long t = time(() -> workspace.overview().titleProperty().set(text));
                    if (counted) {
                        title.add(t);
                    }
                }
                Member third = editor.draft().get().members().get(2);
                long p = time(() -> table.edit(third, MembersEditorViewModel.TextColumn.PHONE, "0912 345 678"));
                Member first = editor.draft().get().members().get(0);
                long d = time(() -> table.remove(List.of(first)));
                long u = time(editor::undo);
                long r = time(editor::redo);
                if (editor.history().size() != 3) {
                    throw new IllegalStateException("expected 3 steps, found " + editor.history().size());
                }
                if (counted) {
                    phone.add(p);
                    delete.add(d);
                    undo.add(u);
                    redo.add(r);
                }
            }
            BenchFigures.print(name + ": keystroke in the title", title, targetMs);
            BenchFigures.print(name + ": member's phone typed", phone, targetMs);
            BenchFigures.print(name + ": delete a member", delete, targetMs);
            BenchFigures.print(name + ": undo the deletion", undo, targetMs);
            BenchFigures.print(name + ": redo the deletion", redo, targetMs);
        }
    }

    private static long time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return System.nanoTime() - t0;
    }
}
