package it.sportello.keycloak.contactcode;

/** A contact a {@link ContactCodeRequiredAction} verifies with a code: how it is stored and how pages show it. */
public interface VerifiableContact {

    /** The contact as the auth note and the user attribute hold it. */
    String attributeValue();

    /** For pages: most of it hidden. */
    String masked();
}
