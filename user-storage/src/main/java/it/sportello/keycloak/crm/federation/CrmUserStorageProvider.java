package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.CrmCustomers;
import it.sportello.keycloak.crm.CrmSignIn;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.Customers;
import it.sportello.keycloak.crm.LegacyPassword;
import it.sportello.keycloak.taxid.TaxId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.storage.StorageId;
import org.keycloak.storage.StorageUnavailableException;
import org.keycloak.storage.UserStoragePrivateUtil;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.storage.user.ImportedUserValidation;
import org.keycloak.storage.user.UserCountMethodsProvider;
import org.keycloak.storage.user.UserLookupProvider;
import org.keycloak.storage.user.UserQueryMethodsProvider;

/**
 * Federates the operator's CRM customers into a realm (User federation tab). Customers are imported on first lookup
 * (username = customer code) and kept linked to this component; every later load re-reads the CRM row so that what the
 * CRM says wins. A legacy portal password hash is checked once, at the first login, replaced by Keycloak's own hash
 * and cleared in the CRM. A sign-in that checks no Keycloak hash runs a dummy one, so that it costs what the others
 * cost.
 *
 * <p>When the CRM cannot be reached, lookups throw {@link StorageUnavailableException}: Keycloak then degrades
 * gracefully (local users keep working, imported users are served read-only) instead of failing the request.
 */
final class CrmUserStorageProvider
        implements UserStorageProvider,
                UserLookupProvider,
                UserQueryMethodsProvider,
                UserCountMethodsProvider,
                CredentialInputValidator,
                ImportedUserValidation {

    private static final Logger LOG = Logger.getLogger(CrmUserStorageProvider.class);

    private final KeycloakSession session;
    private final ComponentModel model;
    private final Customers customers;
    private final CrmFederationConfig config;
    private final LegacyPasswordCheck legacyPasswords;
    private final CrmCalls calls;

    CrmUserStorageProvider(
            KeycloakSession session, ComponentModel model, Customers customers, LegacyPasswordCheck legacyPasswords) {
        this.session = session;
        this.model = model;
        this.customers = customers;
        this.config = new CrmFederationConfig(model);
        this.legacyPasswords = legacyPasswords;
        this.calls = new CrmCalls(session);
    }

    // --- lookup -------------------------------------------------------------------------------------------------

    @Override
    public UserModel getUserById(RealmModel realm, String id) {
        return getUserByUsername(realm, StorageId.externalId(id));
    }

    @Override
    public UserModel getUserByUsername(RealmModel realm, String username) {
        Optional<CustomerCode> code = CustomerCode.stored(username);
        if (code.isEmpty()) {
            return null;
        }
        return crm(() -> customers.findByCustomerCode(code.get()))
                .map(customer -> lookUp(realm, customer))
                .orElse(null);
    }

    @Override
    public UserModel getUserByEmail(RealmModel realm, String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return crm(() -> customers.findByEmail(email.trim()))
                .map(customer -> lookUp(realm, customer))
                .orElse(null);
    }

    /**
     * The customer's Keycloak user, imported if need be; but for the sign-in form, a customer not imported yet that has
     * no legacy password is "no such user": no password can sign it in, and importing it would make a first guess at
     * its code answer later than a guess at an unknown code (the form runs its dummy hash for both).
     */
    private UserModel lookUp(RealmModel realm, CustomerRecord customer) {
        if (CrmSignIn.inProgress(session)
                && UserStoragePrivateUtil.userLocalStorage(session).getUserByUsername(realm, customer.customerCode())
                        == null
                // the row is already read: no statement
                && crm(() -> customers.legacyPassword(customer.code())).isEmpty()) {
            return null;
        }
        return importOrRefresh(realm, customer);
    }

    // --- admin console search, paged in the CRM database ------------------------------------------------------------

    @Override
    public Stream<UserModel> searchForUserStream(
            RealmModel realm, Map<String, String> params, Integer firstResult, Integer maxResults) {
        String text = CrmUserSearch.text(params);
        if (text == null) {
            return Stream.empty();
        }
        int first = firstResult == null || firstResult < 0 ? 0 : firstResult;
        int max = maxResults == null || maxResults < 0
                ? config.maxSearchResults()
                : Math.min(maxResults, config.maxSearchResults());
        List<CustomerRecord> page = crm(() -> customers.search(text, first, max));
        return importNew(realm, page.stream());
    }

    @Override
    public int getUsersCount(RealmModel realm, Map<String, String> params) {
        String text = CrmUserSearch.text(params);
        return text == null ? 0 : (int) Math.min(Integer.MAX_VALUE, crm(() -> customers.count(text)));
    }

    @Override
    public Stream<UserModel> getGroupMembersStream(
            RealmModel realm, GroupModel group, Integer firstResult, Integer maxResults) {
        // groups live in Keycloak only; imported members are found through local storage
        return Stream.empty();
    }

    @Override
    public Stream<UserModel> searchForUserByUserAttributeStream(RealmModel realm, String attrName, String attrValue) {
        if (attrValue == null || attrValue.isBlank()) {
            return Stream.empty();
        }
        if (CrmUserAttributes.CUSTOMER_CODE.equals(attrName)) {
            return CustomerCode.stored(attrValue)
                    .map(code -> importNew(realm, crm(() -> customers.findByCustomerCode(code)).stream()))
                    .orElseGet(Stream::empty);
        }
        if (CrmUserAttributes.TAX_ID.equals(attrName)) {
            // an ID that is no valid codice fiscale or partita IVA cannot be on a CRM customer
            return TaxId.parse(attrValue)
                    .taxId()
                    .map(taxId -> importNew(
                            realm, crm(() -> customers.findByTaxId(taxId, config.maxSearchResults())).stream()))
                    .orElseGet(Stream::empty);
        }
        return Stream.empty();
    }

    /**
     * Imports the customers not imported yet. Those already imported are left out: Keycloak finds them in its own
     * storage for the same query, and listing them twice would duplicate them in the results.
     */
    private Stream<UserModel> importNew(RealmModel realm, Stream<CustomerRecord> customers) {
        UserProvider localStorage = UserStoragePrivateUtil.userLocalStorage(session);
        return customers
                .filter(customer -> localStorage.getUserByUsername(realm, customer.customerCode()) == null)
                .map(customer -> importOrRefresh(realm, customer))
                .filter(Objects::nonNull);
    }

    // --- imported users -------------------------------------------------------------------------------------------

    @Override
    public UserModel validate(RealmModel realm, UserModel local) {
        Optional<CustomerCode> code = CrmCustomers.customerCode(realm, local);
        Optional<CustomerRecord> customer =
                code.isEmpty() ? Optional.empty() : crm(() -> customers.findByCustomerCode(code.get()));
        if (customer.isEmpty()) {
            // gone from the CRM: Keycloak removes the copy or keeps it read-only, as the component says
            return null;
        }
        CrmUserImport.refresh(local, customer.get());
        return new CrmUserAdapter(local, code.get(), customers, config.writeBack());
    }

    private UserModel importOrRefresh(RealmModel realm, CustomerRecord customer) {
        UserProvider localStorage = UserStoragePrivateUtil.userLocalStorage(session);
        UserModel local = localStorage.getUserByUsername(realm, customer.customerCode());
        if (local == null) {
            local = CrmUserImport.create(localStorage, realm, model, customer);
        } else if (!model.getId().equals(local.getFederationLink())) {
            // a local or foreign account already holds this username: never take it over
            LOG.warnf("Username of a CRM customer is already used by an account not linked to %s", model.getName());
            return null;
        } else {
            CrmUserImport.refresh(local, customer);
        }
        return new CrmUserAdapter(local, customer.code(), customers, config.writeBack());
    }

    // --- legacy password, validated once and migrated -----------------------------------------------------------

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return PasswordCredentialModel.TYPE.equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        if (!supportsCredentialType(credentialType) || hasLocalPassword(user)) {
            return false;
        }
        Optional<CustomerCode> code = CrmCustomers.customerCode(realm, user);
        return code.isPresent()
                && crm(() -> customers.legacyPassword(code.get())).isPresent();
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!supportsCredentialType(input.getType()) || !(input instanceof UserCredentialModel)) {
            return false;
        }
        Optional<CustomerCode> code = CrmCustomers.customerCode(realm, user);
        if (code.isEmpty()) {
            return false;
        }
        Optional<CustomerRecord> customer;
        try {
            // one indexed read per sign-in: the CRM, not a cached copy, says whether the customer still exists
            customer = crm(() -> customers.findByCustomerCode(code.get()));
        } catch (StorageUnavailableException unavailable) {
            // noted for the login form, which tells the customer; never a reason to lock the account
            return false;
        }
        if (customer.isEmpty()) {
            return false;
        }
        // the row is already read: asking for its legacy hash sends no statement
        Optional<LegacyPassword> legacy = crm(() -> customers.legacyPassword(code.get()));
        if (hasLocalPassword(user)) {
            // migrated: Keycloak's own password provider validates (one Keycloak hash). A legacy hash still in the CRM
            // (migrated before hashes were cleared) is cleared now, so removing the Keycloak password cannot revive it.
            if (legacy.isPresent()) {
                calls.run(() -> customers.clearLegacyPassword(code.get()));
            }
            return false;
        }
        String password = input.getChallengeResponse();
        boolean valid =
                legacy.map(hash -> legacyPasswords.verify(hash, password)).orElse(false);
        if (valid) {
            migrate(user, password);
            // checked once: from now on only Keycloak's hash exists
            calls.run(() -> customers.clearLegacyPassword(code.get()));
            return true;
        }
        // No Keycloak hash will be checked for this customer (it has none): without this, a wrong password of an
        // unclaimed customer answers faster than one of a claimed customer or an unknown code, which tells a guesser
        // that the code exists. A wrong legacy password costs its own algorithm on top (see docs/security.md).
        DummyPasswordHash.run(session, realm);
        return false;
    }

    private void migrate(UserModel user, String password) {
        try {
            user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        } catch (ModelException policyViolation) {
            // the legacy password does not meet today's password policy: let the customer in once, then ask for a new
            // one
            LOG.debugf("Legacy password of a CRM customer does not meet the realm policy; update required");
            user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
    }

    private static boolean hasLocalPassword(UserModel user) {
        return user.credentialManager().isConfiguredLocally(PasswordCredentialModel.TYPE);
    }

    private <T> T crm(Supplier<T> call) {
        return calls.call(call);
    }

    @Override
    public void close() {}
}
