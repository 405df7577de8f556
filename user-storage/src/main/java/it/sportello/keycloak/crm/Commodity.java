package it.sportello.keycloak.crm;

/** What a supply point delivers; decides the code format (POD for electricity, PDR for gas) and the units. */
public enum Commodity {
    ELECTRICITY,
    GAS,
    WATER
}
