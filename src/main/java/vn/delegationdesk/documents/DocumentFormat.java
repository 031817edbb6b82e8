package vn.delegationdesk.documents;

/** The file formats a document is written in. */
public enum DocumentFormat {
    PDF("pdf"), DOCX("docx");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
