package vn.delegationdesk.plan.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.TaskLink;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The delegation editor's read-only line "Thuộc nhiệm vụ 1 – Kế hoạch …": the tasks of plans the open delegation carries
 * out ({@link PlanService#linksTo}); "" when none.
 */
public final class PlanLinkViewModel extends ViewModel {
    private final PlanService service;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private int generation;

    public PlanLinkViewModel(PlanService service, TaskRunner tasks, Messages messages) {
        super(tasks);
        this.service = service;
        this.messages = messages;
    }

    /** Looks up the links of delegation {@code delegationId} (null: no delegation open). */
    public void show(Long delegationId) {
        int mine = ++generation;
        if (delegationId == null) {
            text.set("");
            return;
        }
        runInBackground(() -> service.linksTo(delegationId), links -> {
            if (mine == generation) {
                text.set(describe(links));
            }
        }, failure -> {
            if (mine == generation) {
                text.set("");
            }
        });
    }

    String describe(List<TaskLink> links) {
        if (links.isEmpty()) {
            return "";
        }
        return links.stream().map(l -> messages.get("ui.plan.link.one", l.taskNumber(), l.planTitle()))
                .distinct().collect(Collectors.joining("; "));
    }

    /** "Thuộc nhiệm vụ 1 – Kế hoạch tham gia Mạng lưới năm 2025"; "" when the delegation carries out no task. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
