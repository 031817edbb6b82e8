package vn.delegationdesk.documents.layout;

/** One element of a document's flow, top to bottom. */
public sealed interface Block permits Paragraph, Table, Closing, PageBreak, Rule, Spacer, KeptTogether, QrCode, Turned,
        CardSheet {
}
