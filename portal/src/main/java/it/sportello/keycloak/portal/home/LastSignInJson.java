package it.sportello.keycloak.portal.home;

import java.time.Instant;

/** Schema {@code LastSignIn}: when the previous sign-in was, and with which browser (null when not recorded). */
public record LastSignInJson(Instant time, String browser) {}
