package it.sportello.keycloak.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Self-readings of a customer's supply points. Part of a {@link CustomerDirectory}, created per Keycloak session. */
public interface MeterReadings {

    /** The self-reading window of the supply point's commodity; empty when self-readings of it are not accepted. */
    Optional<ReadingWindowRecord> window(OwnedSupplyPoint supplyPoint);

    /** Self-readings of the supply point, newest first, at most {@code max}. */
    List<MeterReadingRecord> list(OwnedSupplyPoint supplyPoint, int max);

    /**
     * Stores a self-reading of the supply point as {@code SUBMITTED}, written to the database now, in the caller's
     * transaction. Empty when the supply point already has a reading of that day (the database's unique constraint
     * decides, also between concurrent submissions): nothing is stored and nothing fails, so the caller's transaction
     * stays good.
     */
    Optional<MeterReadingRecord> submit(
            OwnedSupplyPoint supplyPoint,
            LocalDate readingDate,
            BigDecimal meterValue,
            BigDecimal correctorValue,
            String userId);

    /**
     * Withdraws a self-reading of the supply point unless it has been acquired: one conditional statement, so an
     * acquisition committed while it runs wins and the reading stays ({@link MeterReadingDeletion#ACQUIRED}).
     */
    MeterReadingDeletion delete(OwnedSupplyPoint supplyPoint, String readingId);

    /**
     * Back office: marks a submitted self-reading as acquired by the CRM (idempotent; a refused one stays refused);
     * empty when there is no such reading.
     */
    Optional<MeterReadingRecord> acquire(String readingId);

    /**
     * Automatic acquisition: marks acquired every reading still {@code SUBMITTED} that was submitted before
     * {@code submittedBefore}, in one conditional statement (a reading the CRM acquired or refused, or the customer
     * withdrew, meanwhile is left alone). Returns how many readings it acquired.
     */
    int acquireSubmittedBefore(Instant submittedBefore);
}
