package vn.delegationdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** The reading commands without a window: the kind by content, and a file that cannot be read said in words, nothing stored. */
class ReadingCommandsTest {
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AppServices services = TestServices.inMemory();
    private final ReadingCommands commands = new ReadingCommands(services, new DirectTaskRunner(), dialogs, messages, () -> null,
            id -> { }, id -> { });

    @Test
    void aStoryIsRefusedInWordsAsNeitherKindAndNothingIsStored(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("truyen.txt");
        Files.writeString(story, "Ngày xưa có một người tiều phu nghèo.\n\nMột hôm anh vào rừng đốn củi.\n");
        dialogs.chooseFile(story);
        commands.readFile();
        List<RecordingDialogService.Shown> errors = dialogs.shown("error");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().startsWith("Không nhận ra truyen.txt là loại văn bản nào"), errors.get(0).message());
        assertTrue(services.plans().list().isEmpty());
        assertTrue(services.delegations().list().isEmpty());
    }

    @Test
    void anOldWordFileIsRefusedInWordsAndNothingIsStored(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("ke-hoach.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        dialogs.chooseFile(doc);
        commands.readFile();
        List<RecordingDialogService.Shown> errors = dialogs.shown("error");
        assertEquals(1, errors.size());
        assertEquals("Không đọc được văn bản", errors.get(0).title());
        assertTrue(errors.get(0).message().contains("ke-hoach.doc") && errors.get(0).message().contains(".docx"), errors.get(0).message());
        assertTrue(services.plans().list().isEmpty());
        assertTrue(services.delegations().list().isEmpty());
    }

    @Test
    void anEmptyTextIsSaidInWords(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("trong.txt");
        Files.writeString(empty, "\n\n   \n");
        dialogs.chooseFile(empty);
        commands.readFile();
        assertEquals(List.of("Tệp trong.txt không có đoạn chữ nào để đọc."),
                dialogs.shown("error").stream().map(RecordingDialogService.Shown::message).toList());
    }
}
