package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The editor builds a tab's page when the tab is first shown with a delegation open, once; before that the window
 * starts without them (nine pages of controls cost the start a second and some 30 MB).
 */
@ExtendWith(ApplicationExtension.class)
class LazyEditorPagesFxTest {
    private final List<String> built = new ArrayList<>();
    private InMemoryDelegationRepository repository;
    private DelegationEditorViewModel editor;
    private DelegationEditorView view;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        editor = new DelegationEditorViewModel(new DelegationService(repository), new DirectTaskRunner(), new RecordingDialogService(),
                messages);
        view = new DelegationEditorView(editor, messages, () -> stage);
        view.addTab(new PageTab("tab-first", "Tổng quan", () -> page("Trang tổng quan")));
        view.addTab(new PageTab("tab-second", "Dự toán kinh phí", () -> page("Trang dự toán")));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private Node page(String text) {
        built.add(text);
        Label label = new Label(text);
        label.setId("page-" + built.size());
        return label;
    }

    @Test
    void aPageIsBuiltWhenItsTabFirstShowsWithADelegationOpenAndOnlyOnce(FxRobot robot) {
        TabPane tabs = view.tabs();
        assertThat(built).as("nothing open: no page yet").isEmpty();

        robot.interact(() -> view.prepareSelectedPage());
        assertThat(built).containsExactly("Trang tổng quan");
        robot.interact(() -> editor.open(repository.findById(1).orElseThrow()));
        assertThat(built).as("the prepared page is the one shown").containsExactly("Trang tổng quan");
        assertThat(robot.lookup("#page-1").queryAs(Label.class).getText()).isEqualTo("Trang tổng quan");

        robot.clickOn("Dự toán kinh phí");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#page-2").queryAs(Label.class).getText()).isEqualTo("Trang dự toán");
        robot.clickOn("Tổng quan");
        robot.clickOn("Dự toán kinh phí");
        assertThat(built).containsExactly("Trang tổng quan", "Trang dự toán");
        assertThat(tabs.getSelectionModel().getSelectedItem().getContent().isVisible()).isTrue();
    }

    @Test
    void openingADelegationBuildsTheSelectedTabsPage(FxRobot robot) {
        robot.interact(() -> editor.open(repository.findById(1).orElseThrow()));

        assertThat(built).containsExactly("Trang tổng quan");
        assertThat(robot.lookup("#page-1").queryAs(Label.class).isVisible()).isTrue();
    }
}
