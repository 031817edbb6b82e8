package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.app.desk.ConferenceDeskDocuments;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.MemorySeatingRepository;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The seating window over 180 generated delegates: a delegate dragged onto a taken seat swaps with its occupant, a
 * seat dragged onto the list without a seat is unseated, and after "Lưu sơ đồ" the window opened again shows the same
 * seats. A picture of the window is kept in target/screenshots, to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class SeatingPageFxTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private final Messages messages = new Messages();
    private final MemoryDelegateRepository delegates = new MemoryDelegateRepository();
    private final ConferenceDeskService service = new ConferenceDeskService(delegates, new MemorySeatingRepository(),
            new RoleGate(() -> User.everyRole("lan")), Clock.systemUTC());
    private Stage stage;
    private SeatingViewModel model;
    private SeatingPage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        delegates.saveAll(7L, DAK_LAK, TestDelegates.of(DAK_LAK));
        show();
        stage.show();
    }

    private void show() {
        model = new SeatingViewModel(service.seating(), new ConferenceDeskDocuments(new ConferenceDocumentService(
                PdfDocumentWriter::new, messages), PdfDocumentWriter::new, id -> DocumentSettings.defaults()),
                new RecordingDialogService(), messages, new DirectTaskRunner(), SampleDelegation.create().withId(7L), DAK_LAK);
        page = new SeatingPage(model, messages);
        Scene scene = new Scene((javafx.scene.layout.BorderPane) page.node(), SeatingPage.WIDTH, SeatingPage.HEIGHT);
        vn.delegationdesk.platform.ui.Theme.apply(scene);
        scene.getStylesheets().add(SeatingPage.class.getResource("/vn/delegationdesk/conferencedesk/ui/seating.css")
                .toExternalForm());
        stage.setScene(scene);
    }

    private static String nameIn(FxRobot robot, Seat seat) {
        VBox box = robot.lookup("#" + SeatingIds.seat(seat)).queryAs(VBox.class);
        return ((Label) box.getChildren().get(1)).getText();
    }

    private static String fullName(List<Delegate> list, int precedence) {
        return list.stream().filter(d -> d.precedence() == precedence).findFirst().orElseThrow().fullName();
    }

    @Test
    void aDelegateDraggedOntoATakenSeatSwapsAndTheSavedPlanReopensTheSame(FxRobot robot) {
        Seat centre = Seat.head(3, HallKind.THEATRE);
        Seat left = Seat.head(4, HallKind.THEATRE);
        Delegate chair = model.plan().occupant(centre).orElseThrow();
        Delegate third = model.plan().occupant(left).orElseThrow();
        assertThat(chair.precedence()).as("precedence 1 at the head table's centre").isEqualTo(1);
        assertThat(nameIn(robot, centre)).isEqualTo(model.boxName(centre));
        assertThat(robot.lookup("#" + SeatingIds.COUNTS).queryLabeled().getText())
                .isEqualTo("Đã xếp " + model.plan().delegates().size() + "/" + model.plan().delegates().size()
                        + " đại biểu; hội trường 205 chỗ");
        screenshot(robot, "seating-180.png");

        robot.drag("#" + SeatingIds.seat(left)).dropTo("#" + SeatingIds.seat(centre));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.plan().occupant(centre)).contains(third);
        assertThat(model.plan().occupant(left)).contains(chair);
        assertThat(nameIn(robot, centre)).isEqualTo(model.boxName(centre)).isNotEqualTo(model.boxName(left));
        assertThat(robot.lookup("#" + SeatingIds.NOTICE).queryLabeled().getText())
                .isEqualTo(third.fullName() + " và " + chair.fullName() + " đã đổi chỗ cho nhau");
        assertThat(page.rebuilds()).as("the grid is not made again for a move").isEqualTo(1);

        Seat back = new Seat(10, 1, HallKind.THEATRE);
        robot.drag("#" + SeatingIds.seat(Seat.head(1, HallKind.THEATRE))).dropTo("#" + SeatingIds.UNSEATED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.unseated()).hasSize(1);
        assertThat(nameIn(robot, Seat.head(1, HallKind.THEATRE))).isEmpty();
        screenshot(robot, "seating-moved.png");

        robot.clickOn("#" + SeatingIds.SAVE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + SeatingIds.NOTICE).queryLabeled().getText()).startsWith("Đã lưu sơ đồ: ");

        robot.interact(this::show);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.plan().occupant(centre)).contains(third);
        assertThat(nameIn(robot, centre)).isEqualTo(model.boxName(centre));
        assertThat(model.plan().occupant(left)).contains(chair);
        assertThat(model.unseated()).hasSize(1);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.plan().layout().contains(back)).isTrue();
    }

    @Test
    void theDelegateListOpensTheSeatingWindowOnTheSavedList(FxRobot robot) {
        DelegateListViewModel list = new DelegateListViewModel(service, new ConferenceDeskDocuments(new ConferenceDocumentService(
                PdfDocumentWriter::new, messages), PdfDocumentWriter::new, id -> DocumentSettings.defaults()),
                new RecordingDialogService(), messages, new DirectTaskRunner(), SampleDelegation.create().withId(7L), DAK_LAK);
        robot.interact(() -> {
            Scene scene = new Scene((javafx.scene.layout.BorderPane) new DelegateListPage(list, messages).node(), 1100, 720);
            stage.setScene(scene);
        });
        Delegate chair = list.delegates().stream().filter(d -> d.precedence() == 1).findFirst().orElseThrow();

        robot.clickOn("#" + DelegatePageIds.SEATING);
        WaitForAsyncUtils.waitForFxEvents();

        Stage seating = (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Sơ đồ chỗ ngồi – ")).findFirst().orElseThrow();
        assertThat(robot.lookup("#" + DelegatePageIds.SEATING).queryButton().getText()).isEqualTo("Sơ đồ chỗ ngồi…");
        VBox centre = robot.from(seating.getScene().getRoot()).lookup("#" + SeatingIds.seat(Seat.head(3, HallKind.THEATRE)))
                .queryAs(VBox.class);
        assertThat(((Label) centre.getChildren().get(1)).getText()).isEqualTo(chair.fullName());
        assertThat(seating.getScene().getWidth()).isLessThanOrEqualTo(1366);
        assertThat(seating.getScene().getHeight()).isLessThanOrEqualTo(768 - 40);
        robot.interact(seating::close);
    }

    /** Keeps what the user saw in target/screenshots, to be looked at. */
    private void screenshot(FxRobot robot, String name) {
        robot.interact(() -> {
            Node root = stage.getScene().getRoot();
            WritableImage image = root.getScene().snapshot(null);
            PixelReader pixels = image.getPixelReader();
            BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            try {
                Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                ImageIO.write(out, "png", folder.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
