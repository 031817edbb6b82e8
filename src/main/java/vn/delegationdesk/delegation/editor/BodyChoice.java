package vn.delegationdesk.delegation.editor;

import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;

/** Whose documents a new delegation's will be: a kept body with one of its signers, the open delegation's, or none yet. */
public sealed interface BodyChoice {
    /** A kept body profile and the signer chosen from it; {@code withBasis} cites its authority basis as the first ground. */
    record FromProfile(BodyProfile profile, Signer signer, boolean withBasis) implements BodyChoice {
    }

    /** The body, number symbol, place, departure and signer of the delegation that is open. */
    record FromOpen() implements BodyChoice {
    }

    /** Body and signer left empty, to be typed on the overview tab. */
    record Blank() implements BodyChoice {
    }
}
