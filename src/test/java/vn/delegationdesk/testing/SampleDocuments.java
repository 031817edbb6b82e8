package vn.delegationdesk.testing;

import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.sample.SampleDelegation;

/** The seed delegation as the documents see it: stored (id 1), default settings, the priced sample estimate. */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static DocumentSource source() {
        return new DocumentSource(SampleDelegation.create().withId(1L), DocumentSettings.defaults(), SampleEstimates.priced());
    }

    public static DocumentSource source(DocumentSettings settings) {
        return new DocumentSource(SampleDelegation.create().withId(1L), settings, SampleEstimates.priced());
    }
}
