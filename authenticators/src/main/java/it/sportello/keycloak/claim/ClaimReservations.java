package it.sportello.keycloak.claim;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * One winner per customer: the completion reserves the customer in Keycloak's cluster-wide single-use store
 * ({@code putIfAbsent}, atomic across the nodes) before it writes anything. Two authentication sessions that both
 * passed verify and confirm may submit the completion at the same moment on two nodes; only the first reservation
 * succeeds, the other gets the "already have access" page and changes nothing. The reservation lasts as long as the
 * activation link: while a link is out, the customer counts as claimed. The broker link step reserves the same way, so
 * that a claim and a broker link of one customer at the same moment have one winner too.
 */
public final class ClaimReservations {

    private static final String PREFIX = "sportello.claim.reserved.";
    /** At least this long, so a realm with very short action tokens still covers the completing request. */
    static final long MIN_SECONDS = 60;

    private ClaimReservations() {}

    /** True for the first caller per realm and customer within the lifespan, false for every other. */
    public static boolean reserve(KeycloakSession session, RealmModel realm, String customerCode) {
        long seconds = Math.max(MIN_SECONDS, realm.getActionTokenGeneratedByUserLifespan());
        return session.singleUseObjects().putIfAbsent(key(realm, customerCode), seconds);
    }

    public static boolean isReserved(KeycloakSession session, RealmModel realm, String customerCode) {
        return session.singleUseObjects().contains(key(realm, customerCode));
    }

    /** Gives the customer back, when the completion wrote nothing (address in use, mail not sent). */
    static void release(KeycloakSession session, RealmModel realm, String customerCode) {
        session.singleUseObjects().remove(key(realm, customerCode));
    }

    private static String key(RealmModel realm, String customerCode) {
        return PREFIX + realm.getId() + "." + customerCode;
    }
}
