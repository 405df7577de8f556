package it.sportello.keycloak.crm;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a walk through the customers changed since an instant stands: the change time and customer code of the last
 * customer read, in the order {@code (updated_at, customer_code)}; no code before the first page. The next page starts
 * right after it through the index on those two columns, so every page costs the same however far the walk has gone,
 * and a customer changed during the walk moves to its end instead of shifting the pages.
 */
public record ChangeCursor(Instant updatedAt, String customerCode) {

    public ChangeCursor {
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The first page: every customer changed at or after the instant. */
    public static ChangeCursor startingAt(Instant since) {
        return new ChangeCursor(since, null);
    }

    /** The page after the one that ended with this customer. */
    public static ChangeCursor after(CustomerRecord last) {
        return new ChangeCursor(last.updatedAt(), last.customerCode());
    }

    /** Whether this is the first page's cursor. */
    public boolean isStart() {
        return customerCode == null;
    }
}
