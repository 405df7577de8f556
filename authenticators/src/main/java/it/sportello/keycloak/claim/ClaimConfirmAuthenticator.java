package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.Address;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerRecord;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Second step of account claiming: shows the matched customer (code, name or company, supply address) and asks the
 * visitor to confirm it is them. A customer who already has portal access is told so here, and only here, after code
 * and tax ID matched, with the way to sign in or recover the password.
 */
final class ClaimConfirmAuthenticator extends ClaimStep {

    static final String TEMPLATE = "sportello-claim-confirm.ftl";
    static final String ALREADY_CLAIMED_TEMPLATE = "sportello-claim-already.ftl";

    private final CustomerDirectory directory;

    ClaimConfirmAuthenticator(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<CustomerRecord> customer =
                ClaimNotes.verifiedCode(context.getAuthenticationSession()).flatMap(directory::findByCustomerCode);
        if (customer.isEmpty()) {
            ClaimSteps.restart(context);
            return;
        }
        if (alreadyClaimed(context, customer.get())) {
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

    private jakarta.ws.rs.core.Response summary(AuthenticationFlowContext context, CustomerRecord customer) {
        Address address = customer.address();
        return context.form()
                .setAttribute("claimCustomerCode", customer.customerCode())
                .setAttribute("claimCustomerName", customer.displayName())
                .setAttribute("claimCompany", customer.kind() == it.sportello.keycloak.crm.CustomerKind.COMPANY)
                .setAttribute("claimStreet", address == null ? null : address.street())
                .setAttribute("claimPostalCode", address == null ? null : address.postalCode())
                .setAttribute("claimCity", address == null ? null : address.city())
                .setAttribute("claimProvince", address == null ? null : address.province())
                .createForm(TEMPLATE);
    }

    /** Portal access already exists: a Keycloak password, or a legacy portal password still in the CRM. */
    private boolean alreadyClaimed(AuthenticationFlowContext context, CustomerRecord customer) {
        UserModel user = context.getSession().users().getUserByUsername(context.getRealm(), customer.customerCode());
        if (user == null) {
            return directory.legacyPassword(customer.customerCode()).isPresent();
        }
        return user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE);
    }
}
