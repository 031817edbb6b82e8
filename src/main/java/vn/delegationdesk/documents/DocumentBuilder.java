package vn.delegationdesk.documents;

import vn.delegationdesk.documents.layout.PrintedDocument;

/** Builds one kind of document from a delegation; pure, so it is tested by the text it lays out. */
@FunctionalInterface
public interface DocumentBuilder {
    PrintedDocument build(DocumentSource source);
}
