package vn.delegationdesk.delegation.body.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.delegation.Signer;

/** One signer of the profile being edited, a property per field of the table. */
public final class SignerRow {
    private final StringProperty authorityPrefix = new SimpleStringProperty(this, "authorityPrefix", "");
    private final StringProperty principalTitle = new SimpleStringProperty(this, "principalTitle", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");

    public SignerRow(Signer signer) {
        authorityPrefix.set(signer.authorityPrefix());
        principalTitle.set(signer.principalTitle());
        title.set(signer.title());
        name.set(signer.name());
    }

    public Signer toSigner() {
        return new Signer(authorityPrefix.get(), principalTitle.get(), title.get(), name.get());
    }

    /** "KT." or "TM." when the person signs for the head; blank when the head signs. */
    public StringProperty authorityPrefixProperty() {
        return authorityPrefix;
    }

    public StringProperty principalTitleProperty() {
        return principalTitle;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty nameProperty() {
        return name;
    }
}
