package it.sportello.keycloak.taxid;

import java.util.Optional;

/**
 * Outcome of {@link TaxId#parse(String)}: a valid {@link TaxId}, or the {@link TaxIdError} that rejected the input.
 * When the input had the shape of one kind (11 digits, or 16 characters) but failed its checks, {@link #detectedKind()}
 * still says which, so a form restricted to one kind can answer "wrong kind" rather than "wrong check digit".
 */
public final class TaxIdParseResult {

    private final TaxId taxId;
    private final TaxIdError error;
    private final TaxId.Kind detectedKind;

    private TaxIdParseResult(TaxId taxId, TaxIdError error, TaxId.Kind detectedKind) {
        this.taxId = taxId;
        this.error = error;
        this.detectedKind = detectedKind;
    }

    static TaxIdParseResult valid(TaxId taxId) {
        return new TaxIdParseResult(taxId, null, taxId.kind());
    }

    static TaxIdParseResult invalid(TaxIdError error, TaxId.Kind detectedKind) {
        return new TaxIdParseResult(null, error, detectedKind);
    }

    public boolean isValid() {
        return taxId != null;
    }

    /** The parsed ID; empty when the input was rejected. */
    public Optional<TaxId> taxId() {
        return Optional.ofNullable(taxId);
    }

    /** Why the input was rejected; empty when it is valid. */
    public Optional<TaxIdError> error() {
        return Optional.ofNullable(error);
    }

    /** The kind the input looked like, valid or not; empty when it had the shape of neither. */
    public Optional<TaxId.Kind> detectedKind() {
        return Optional.ofNullable(detectedKind);
    }

    @Override
    public String toString() {
        return isValid()
                ? "TaxIdParseResult[valid, " + taxId + "]"
                : "TaxIdParseResult[invalid, error=" + error + ", detectedKind=" + detectedKind + "]";
    }
}
