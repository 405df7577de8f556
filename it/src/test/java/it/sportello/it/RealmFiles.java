package it.sportello.it;

/** Classpath locations of the realm files shipped by the realm-export module. */
final class RealmFiles {

    /**
     * The demo realm: the production realm file plus the demo users, SMTP settings and organization members, merged
     * by the realm-export build. The production file alone ({@code /realm/customer-portal-realm.json}) has no users.
     */
    static final String CUSTOMER_PORTAL = "/demo-realm/customer-portal-realm.json";

    private RealmFiles() {}
}
