package it.sportello.keycloak.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The password changes of one request, at most one per user: the events Keycloak emits for one change all happen in
 * the request that made it, so keeping the first per user yields exactly one notification per change.
 */
final class PasswordChangeBatch {

    private final Map<String, PasswordChange> changes = new LinkedHashMap<>();

    void add(PasswordChange change) {
        changes.putIfAbsent(change.key(), change);
    }

    /** The changes collected so far, in order, and forgets them. */
    List<PasswordChange> drain() {
        List<PasswordChange> drained = new ArrayList<>(changes.values());
        changes.clear();
        return drained;
    }
}
