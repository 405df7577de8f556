package it.sportello.keycloak.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account changes of one request, at most one per user and kind: the events Keycloak emits for one change all
 * happen in the request that made it, so keeping the first per user and kind yields exactly one notice per change.
 */
final class AccountChangeBatch {

    private final Map<String, AccountChange> changes = new LinkedHashMap<>();

    void add(AccountChange change) {
        changes.putIfAbsent(change.key(), change);
    }

    /** The changes collected so far, in order, and forgets them. */
    List<AccountChange> drain() {
        List<AccountChange> drained = new ArrayList<>(changes.values());
        changes.clear();
        return drained;
    }
}
