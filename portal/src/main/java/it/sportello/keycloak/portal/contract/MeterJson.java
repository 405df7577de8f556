package it.sportello.keycloak.portal.contract;

import it.sportello.keycloak.crm.MeterRecord;

/** Schema {@code Meter}: the meter installed on a supply point; class and corrector for gas only. */
public record MeterJson(String serial, String type, String meterClass, String correctorSerial) {

    static MeterJson of(MeterRecord m) {
        return new MeterJson(m.serial(), m.type(), m.meterClass(), m.correctorSerial());
    }
}
