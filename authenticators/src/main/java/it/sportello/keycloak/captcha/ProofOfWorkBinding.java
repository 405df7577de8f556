package it.sportello.keycloak.captcha;

import java.util.Objects;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What a proof-of-work challenge is issued for: one authentication session (a tab of a browser's login) or one form
 * token (the support form, which has no authentication session). The binding is covered by the challenge's signature
 * but not carried in it: the verifying request supplies its own, so a challenge solved once (by a person, or farmed
 * out to one) cannot be posted in another session or form. Never shown or logged.
 */
public final class ProofOfWorkBinding {

    private final String value;

    private ProofOfWorkBinding(String kind, String id) {
        Objects.requireNonNull(id, "id");
        // kind and length in front, so that no two (kind, id) pairs sign the same bytes
        this.value = kind + ':' + id.length() + ':' + id;
    }

    /** The authentication session of a login flow step (root session and tab). */
    public static ProofOfWorkBinding authSession(AuthenticationSessionModel session) {
        return new ProofOfWorkBinding("auth", session.getParentSession().getId() + '/' + session.getTabId());
    }

    /** A public form without an authentication session, by the token its page carries (cookie and field). */
    public static ProofOfWorkBinding formToken(String token) {
        return new ProofOfWorkBinding("form", token);
    }

    static ProofOfWorkBinding of(String kind, String id) {
        return new ProofOfWorkBinding(kind, id);
    }

    /** The bytes the signature covers; not part of the token. */
    String signedValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProofOfWorkBinding that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ProofOfWorkBinding[" + value.substring(0, value.indexOf(':')) + "]";
    }
}
