package it.sportello.keycloak.crm;

/**
 * The meter installed on a supply point (table {@code misuratore}): the newest installation.
 *
 * @param serial the meter's serial number (matricola)
 * @param type the CRM's meter type, e.g. SMART_METER
 * @param meterClass gas only, e.g. G4
 * @param correctorSerial gas only: the volume corrector's serial number, null when none is fitted
 */
public record MeterRecord(String serial, String type, String meterClass, String correctorSerial) {}
