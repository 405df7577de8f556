package it.sportello.keycloak.crm;

/** The contact fields a customer may edit and that are written back to the CRM. */
public record ContactDetails(String email, String phone, String fax) {

    @Override
    public String toString() {
        return "ContactDetails[redacted]";
    }
}
