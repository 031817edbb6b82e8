package vn.delegationdesk.delegation;

import vn.delegationdesk.common.Texts;

/** The body that issues the documents and its parent body, with the abbreviation used in numbers. */
public record IssuingBody(String parentBody, String name, String abbreviation) {
    public IssuingBody {
        parentBody = Texts.clean(parentBody);
        name = Texts.clean(name);
        abbreviation = Texts.clean(abbreviation);
    }
}
