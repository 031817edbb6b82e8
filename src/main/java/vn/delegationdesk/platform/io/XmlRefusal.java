package vn.delegationdesk.platform.io;

import java.io.IOException;

/** An XML part refused by {@link SafeXml} for its shape, whatever its content: see {@link Reason}. */
public final class XmlRefusal extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the XML was refused. */
    public enum Reason {
        /** One tag, comment or processing instruction longer than {@link SafeXml#MAX_MARKUP_BYTES}. */
        MARKUP_TOO_LONG,
        /** Elements nested deeper than {@link SafeXml#MAX_DEPTH}. */
        TOO_DEEP,
        /** A document type or entity declaration: Office parts have none, entity bombs need one. */
        DOCTYPE
    }

    private final Reason reason;

    public XmlRefusal(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
