package vn.delegationdesk.delegation;

import vn.delegationdesk.common.Texts;

/**
 * The signature block. With an authority prefix the block reads "KT. GIÁM ĐỐC" over
 * "PHÓ GIÁM ĐỐC"; without one it is just the title ("GIÁM ĐỐC") and the name.
 */
public record Signer(String authorityPrefix, String principalTitle, String title, String name) {
    public Signer {
        authorityPrefix = Texts.clean(authorityPrefix);
        principalTitle = Texts.clean(principalTitle);
        title = Texts.clean(title);
        name = Texts.clean(name);
    }

    public boolean signsOnBehalf() {
        return !authorityPrefix.isEmpty();
    }
}
