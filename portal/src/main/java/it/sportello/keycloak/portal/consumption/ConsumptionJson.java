package it.sportello.keycloak.portal.consumption;

import java.util.List;

/** Schema {@code Consumption}: the months with data of one year, January first, in one unit. */
public record ConsumptionJson(int year, String unit, List<ConsumptionMonthJson> months) {

    public ConsumptionJson {
        months = List.copyOf(months);
    }
}
