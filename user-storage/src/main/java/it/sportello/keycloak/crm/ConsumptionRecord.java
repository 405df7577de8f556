package it.sportello.keycloak.crm;

import java.math.BigDecimal;

/** Consumption of one month: energy and peak power for electricity, volume for gas and water (others null). */
public record ConsumptionRecord(
        long supplyPointId, int year, int month, BigDecimal energyKwh, BigDecimal powerKw, BigDecimal volumeM3) {}
