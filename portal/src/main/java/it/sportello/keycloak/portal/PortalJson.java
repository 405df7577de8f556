package it.sportello.keycloak.portal;

import it.sportello.keycloak.crm.Address;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON shapes shared by several resources. */
public final class PortalJson {

    private PortalJson() {}

    public static Map<String, Object> address(Address address) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("street", address == null ? null : address.street());
        json.put("postalCode", address == null ? null : address.postalCode());
        json.put("city", address == null ? null : address.city());
        json.put("province", address == null ? null : address.province());
        return json;
    }

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
