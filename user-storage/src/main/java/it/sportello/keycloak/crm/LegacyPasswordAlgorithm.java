package it.sportello.keycloak.crm;

import java.util.Locale;
import java.util.Optional;

/**
 * Hash formats of the legacy portal passwords stored in {@code customer.legacy_password_hash}, named by
 * {@code customer.legacy_password_algorithm}.
 */
public enum LegacyPasswordAlgorithm {
    /** Modular crypt format {@code $2a$<cost>$<salt+hash>} (also {@code $2b$}, {@code $2y$}). */
    BCRYPT,
    /** {@code <salt hex>:<hex of SHA-256(salt bytes || UTF-8 password)>}. */
    SHA256_SALTED,
    /** {@code <iterations>:<salt hex>:<hex of PBKDF2WithHmacSHA256, 256-bit key>}. */
    PBKDF2_SHA256;

    /** The algorithm for a column value, ignoring case; empty for unknown names. */
    public static Optional<LegacyPasswordAlgorithm> fromColumn(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
