package vn.delegationdesk.budget;

import java.util.List;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;

/** A rate-set file was refused: its name, and every problem found with its path in the file ({@code $.rateSet.name}). */
public final class RateSetFileException extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final String fileName;

    public RateSetFileException(String fileName, List<ValidationError> errors) {
        super(errors);
        this.fileName = fileName == null ? "" : fileName;
    }

    /** The file's name without its folder ("Dinh-muc_TT-12-2025.json"), as the user chose it. */
    public String fileName() {
        return fileName;
    }
}
