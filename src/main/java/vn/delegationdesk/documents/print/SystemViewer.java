package vn.delegationdesk.documents.print;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.documents.ui.DocumentOpener;

/**
 * Opens a file in the program the system gives its type (java.awt.Desktop). Called off the JavaFX thread: on some
 * desktops the call waits until the viewer has started.
 */
public final class SystemViewer implements DocumentOpener {
    @Override
    public void open(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new LocalizedException("documents.error.noViewer", List.of(name), "Desktop.open unsupported", null);
            }
            Desktop.getDesktop().open(file.toFile());
        } catch (UnsupportedOperationException e) {
            // java.awt.HeadlessException is one of these: no display, so no viewer to open the file in.
            throw new LocalizedException("documents.error.noViewer", List.of(name), String.valueOf(e), e);
        } catch (IOException e) {
            throw new LocalizedException("documents.error.cannotOpen", List.of(name, file.getParent().toString()),
                    String.valueOf(e), e);
        }
    }
}
