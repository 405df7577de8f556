package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.MeterReadingDeletion;
import it.sportello.keycloak.crm.MeterReadingRecord;
import it.sportello.keycloak.crm.MeterReadings;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link MeterReadings} over Sportello's {@code meter_reading} table; the supply point's owner is already checked. */
final class JpaMeterReadings implements MeterReadings {

    private final MeterReadingRepository repository;
    private final Clock clock;

    JpaMeterReadings(MeterReadingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<ReadingWindowRecord> window(OwnedSupplyPoint supplyPoint) {
        // read with the supply point, by the owned lookup
        return JpaOwnedSupplyPoint.of(supplyPoint).readingWindow();
    }

    @Override
    public List<MeterReadingRecord> list(OwnedSupplyPoint supplyPoint, int max) {
        return repository.meterReadings(JpaOwnedSupplyPoint.of(supplyPoint).id(), CrmQueries.bounded(max)).stream()
                .map(CrmRecords::meterReading)
                .toList();
    }

    @Override
    public Optional<MeterReadingRecord> submit(
            OwnedSupplyPoint supplyPoint,
            LocalDate readingDate,
            BigDecimal meterValue,
            BigDecimal correctorValue,
            String userId) {
        MeterReadingEntity reading = new MeterReadingEntity(
                JpaOwnedSupplyPoint.of(supplyPoint).id(),
                readingDate,
                meterValue,
                correctorValue,
                userId,
                clock.instant());
        return repository.createMeterReading(reading)
                ? Optional.of(CrmRecords.meterReading(reading))
                : Optional.empty();
    }

    @Override
    public MeterReadingDeletion delete(OwnedSupplyPoint supplyPoint, String readingId) {
        long supplyPointId = JpaOwnedSupplyPoint.of(supplyPoint).id();
        if (readingId == null) {
            return MeterReadingDeletion.NOT_FOUND;
        }
        if (repository.deleteUnlessAcquired(supplyPointId, readingId) == 1) {
            return MeterReadingDeletion.DELETED;
        }
        // nothing deleted: no such reading of this supply point, or an acquired one (also one acquired meanwhile)
        return repository.meterReading(supplyPointId, readingId).isPresent()
                ? MeterReadingDeletion.ACQUIRED
                : MeterReadingDeletion.NOT_FOUND;
    }

    @Override
    public Optional<MeterReadingRecord> acquire(String readingId) {
        if (readingId == null) {
            return Optional.empty();
        }
        repository.acquireSubmitted(readingId);
        return repository.currentMeterReading(readingId).map(CrmRecords::meterReading);
    }

    @Override
    public int acquireSubmittedBefore(Instant submittedBefore) {
        return repository.acquireSubmittedBefore(submittedBefore);
    }
}
