package it.sportello.keycloak.crm.federation;

import java.util.Map;
import org.keycloak.models.UserModel;

/** How the admin console's user search reaches the CRM's prefix search. */
final class CrmUserSearch {

    private CrmUserSearch() {}

    /** The admin console's search text: the search box, or a username/email filter; "*" lists everyone. */
    static String text(Map<String, String> params) {
        String text = params.get(UserModel.SEARCH);
        if (text == null) {
            text = params.getOrDefault(UserModel.USERNAME, params.get(UserModel.EMAIL));
        }
        if (text == null) {
            return params.isEmpty() ? "" : null;
        }
        text = text.trim();
        if (text.equals("*")) {
            return "";
        }
        // the console sends prefix and infix wildcards; the CRM search is a prefix search
        return text.replace("*", "").replace("%", "").replace("_", " ").trim();
    }
}
