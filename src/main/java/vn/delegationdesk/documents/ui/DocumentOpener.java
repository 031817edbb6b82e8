package vn.delegationdesk.documents.ui;

import java.nio.file.Path;

/** Opens a written file in the program the system uses for it (the PDF viewer); runs in the background. */
@FunctionalInterface
public interface DocumentOpener {
    void open(Path file) throws Exception;
}
