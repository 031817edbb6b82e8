package vn.delegationdesk.app.samples;

import java.util.function.LongConsumer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Tạo đoàn mẫu đi nước ngoài (Seoul)" of the Dữ liệu menu and of what an empty store shows: stores the sample in the
 * background and hands the new delegation's id to the workspace, which opens it in the editor; a failure is shown with
 * its reason, nothing stored.
 */
public final class OutboundSampleCommand extends ViewModel {
    public static final String MENU_ITEM = "outbound-sample";
    public static final String EMPTY_STORE_ACTION = "outbound-sample-empty";
    private final OutboundSampleService service;
    private final DialogService dialogs;
    private final Messages messages;

    public OutboundSampleCommand(OutboundSampleService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        super(tasks);
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Stores the sample and hands its id to {@code stored}. */
    public void create(LongConsumer stored) {
        runInBackground(service::create, created -> stored.accept(created.delegationId()),
                error -> dialogs.showError(messages.get("ui.outboundSample.failed"), messages.describeFailure(error, "\n")));
    }
}
