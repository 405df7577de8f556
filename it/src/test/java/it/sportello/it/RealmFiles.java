package it.sportello.it;

/** Classpath locations of the realm files shipped by the realm-export module. */
final class RealmFiles {

    static final String CUSTOMER_PORTAL = "/realm/customer-portal-realm.json";

    private RealmFiles() {}
}
