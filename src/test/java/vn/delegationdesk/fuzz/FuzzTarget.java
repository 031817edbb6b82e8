package vn.delegationdesk.fuzz;

import java.nio.file.Path;

/** One way a file enters the app, driven as the user would drive it, judged by {@link Judge}. */
interface FuzzTarget {
    String kind();

    /** Runs one file through, puts the store back as it was if the file was accepted, and says what happened. */
    Outcome run(Path file);
}
