package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.flow.NoUserAuthenticator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Second step of account claiming: shows the matched customer (code, name or company and, after the proof of
 * possession, the masked supply address) and asks the visitor to confirm it is them. A customer who already has portal
 * access is told so here, after everything the verify step asks matched, with the way to sign in or recover the
 * password; the completion asks again, race-safe, when it is submitted.
 */
final class ClaimConfirmAuthenticator extends NoUserAuthenticator {

    static final String TEMPLATE = "sportello-claim-confirm.ftl";
    static final String ALREADY_CLAIMED_TEMPLATE = "sportello-claim-already.ftl";

    private final CustomerDirectory directory;

    ClaimConfirmAuthenticator(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<CustomerRecord> customer = ClaimNotes.verifiedCode(context.getAuthenticationSession())
                .flatMap(directory.customers()::findByCustomerCode);
        if (customer.isEmpty()) {
            ClaimSteps.restart(context);
            return;
        }
        if (alreadyClaimed(context, directory, customer.get().code())) {
            context.getEvent()
                    .event(EventType.REGISTER)
                    .detail(ClaimEvents.STEP, "confirm")
                    .error(ClaimEvents.ERROR_ALREADY_CLAIMED);
            context.challenge(context.form().createForm(ALREADY_CLAIMED_TEMPLATE));
            return;
        }
        context.challenge(summary(context, customer.get()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        if (!input.containsKey("confirm")
                || ClaimNotes.verifiedCode(context.getAuthenticationSession()).isEmpty()) {
            // "not me": back to the first step, nothing kept
            ClaimSteps.restart(context);
            return;
        }
        ClaimNotes.confirmed(context.getAuthenticationSession());
        context.success();
    }

    /**
     * The summary discloses nothing a guesser could not know: the address appears only after the proof of possession
     * matched, and then masked (street initial, number, town), for people and companies alike: a company's supply
     * address is not necessarily its public registered office, and the initial is enough to recognise it.
     */
    private jakarta.ws.rs.core.Response summary(AuthenticationFlowContext context, CustomerRecord customer) {
        boolean proven = ClaimNotes.isProven(context.getAuthenticationSession());
        return context.form()
                .setAttribute("claimCustomerCode", customer.customerCode())
                .setAttribute("claimCustomerName", customer.displayName())
                .setAttribute("claimCompany", customer.kind() == CustomerKind.COMPANY)
                .setAttribute("claimAddress", proven ? ClaimMasks.address(customer.address()) : null)
                .createForm(TEMPLATE);
    }

    /**
     * Portal access already exists: a Keycloak password, a legacy portal password still in the CRM, or a completion
     * of another authentication session that reserved the customer ({@link ClaimReservations}).
     */
    static boolean alreadyClaimed(AuthenticationFlowContext context, CustomerDirectory directory, CustomerCode code) {
        if (ClaimReservations.isReserved(context.getSession(), context.getRealm(), code.value())) {
            return true;
        }
        UserModel user = context.getSession().users().getUserByUsername(context.getRealm(), code.value());
        if (user == null) {
            return directory.customers().legacyPassword(code).isPresent();
        }
        return user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)
                || directory.customers().legacyPassword(code).isPresent();
    }
}
