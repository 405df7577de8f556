package it.sportello.keycloak.broker.loa;

/** Message keys of the assurance step; the texts are in theme-resources/messages of this jar. */
final class BrokerAssuranceMessages {

    /** The identity provider's level is below what the client asked for. */
    static final String TOO_LOW = "sportelloAssuranceTooLow";

    /** The step's level map is bad: nobody signs in through it until an administrator fixes it. */
    static final String MISCONFIGURED = "sportelloAssuranceMisconfigured";

    private BrokerAssuranceMessages() {}
}
