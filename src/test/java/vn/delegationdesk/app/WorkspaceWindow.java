package vn.delegationdesk.app;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.TestServices;

/**
 * The whole window on {@code stage} as a flow test needs it: the workspace on the given services, the sample as the
 * sample, 20/10/2025 as today, devices that print nothing; the delegations start loading.
 */
final class WorkspaceWindow {
    private WorkspaceWindow() {
    }

    static Workspace show(Stage stage, AppServices services, TaskRunner tasks, DialogService dialogs, Messages messages) {
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(services, tasks, dialogs, SampleDelegation::create, () -> LocalDate.of(2025, 10, 20),
                TestServices.quietDevices());
        workspace.attach(window);
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        workspace.list().load();
        return workspace;
    }
}
