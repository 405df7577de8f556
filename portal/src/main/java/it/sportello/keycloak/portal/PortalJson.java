package it.sportello.keycloak.portal;

/** Path parameters shared by several resources. */
public final class PortalJson {

    private PortalJson() {}

    /** A path id that cannot be a number names nothing: 404, like an id of somebody else's. */
    public static long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id < 0) {
                throw Problem.notFound().exception();
            }
            return id;
        } catch (NumberFormatException e) {
            throw Problem.notFound().exception();
        }
    }
}
