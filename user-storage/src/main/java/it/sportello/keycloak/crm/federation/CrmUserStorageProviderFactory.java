package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.ChangeCursor;
import it.sportello.keycloak.crm.CrmCustomers;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerRecord;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.storage.UserStoragePrivateUtil;
import org.keycloak.storage.UserStorageProviderFactory;
import org.keycloak.storage.UserStorageProviderModel;
import org.keycloak.storage.user.ImportSynchronization;
import org.keycloak.storage.user.SynchronizationResult;

/**
 * The "Sportello CRM" entry of the admin console's User federation tab. Holds the id, the settings and the
 * synchronization jobs; the per-session work is in {@link CrmUserStorageProvider}.
 */
public final class CrmUserStorageProviderFactory
        implements UserStorageProviderFactory<CrmUserStorageProvider>, ImportSynchronization {

    public static final String PROVIDER_ID = CrmCustomers.FEDERATION_PROVIDER_ID;

    /** Customers read from the CRM per query during a synchronization. */
    static final int SYNC_PAGE_SIZE = 200;

    /** Customers imported per Keycloak transaction during a synchronization. */
    static final int IMPORT_BATCH_SIZE = 20;

    private static final Logger LOG = Logger.getLogger(CrmUserStorageProviderFactory.class);

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "sportelloCrmFederationHelp";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CrmFederationConfigProperties.LIST;
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel config)
            throws ComponentValidationException {
        String max = config.get(CrmFederationConfig.MAX_SEARCH_RESULTS);
        if (max != null && !max.isBlank() && CrmFederationConfig.parsePositive(max, -1) < 1) {
            throw new ComponentValidationException("sportelloCrmMaxSearchResultsInvalid");
        }
    }

    @Override
    public CrmUserStorageProvider create(KeycloakSession session, ComponentModel model) {
        CustomerDirectory directory = session.getProvider(CustomerDirectory.class);
        return new CrmUserStorageProvider(session, model, directory.customers(), LegacyPasswordChecks::verify);
    }

    @Override
    public SynchronizationResult sync(
            KeycloakSessionFactory sessionFactory, String realmId, UserStorageProviderModel model) {
        return importChangedSince(sessionFactory, realmId, model, Instant.EPOCH);
    }

    @Override
    public SynchronizationResult syncSince(
            Date lastSync, KeycloakSessionFactory sessionFactory, String realmId, UserStorageProviderModel model) {
        return importChangedSince(
                sessionFactory, realmId, model, lastSync == null ? Instant.EPOCH : lastSync.toInstant());
    }

    /**
     * Imports or refreshes every customer changed since the instant: the CRM is read one page per transaction, each
     * page starting after the last customer of the one before (a keyset walk: page n costs what page 1 costs), and
     * the page is imported in batches of {@link #IMPORT_BATCH_SIZE}, one transaction each. Keycloak's user provider
     * flushes its persistence context on every user it adds and before every query, so the cost of an import grows
     * with the entities already in its transaction: a short transaction keeps each import's cost flat.
     */
    private SynchronizationResult importChangedSince(
            KeycloakSessionFactory sessionFactory, String realmId, UserStorageProviderModel model, Instant since) {
        SynchronizationResult result = new SynchronizationResult();
        ChangeCursor cursor = ChangeCursor.startingAt(since);
        while (cursor != null) {
            ChangeCursor from = cursor;
            List<CustomerRecord> page = KeycloakModelUtils.runJobInTransactionWithResult(sessionFactory, session -> {
                session.getContext().setRealm(session.realms().getRealm(realmId));
                return session.getProvider(CustomerDirectory.class).customers().changedAfter(from, SYNC_PAGE_SIZE);
            });
            for (int start = 0; start < page.size(); start += IMPORT_BATCH_SIZE) {
                List<CustomerRecord> batch = page.subList(start, Math.min(page.size(), start + IMPORT_BATCH_SIZE));
                KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> {
                    RealmModel realm = session.realms().getRealm(realmId);
                    session.getContext().setRealm(realm);
                    UserProvider localStorage = UserStoragePrivateUtil.userLocalStorage(session);
                    for (CustomerRecord customer : batch) {
                        importOne(localStorage, realm, model, customer, result);
                    }
                });
            }
            cursor = page.size() < SYNC_PAGE_SIZE ? null : ChangeCursor.after(page.get(page.size() - 1));
        }
        LOG.infof(
                "CRM synchronization of %s: %d added, %d updated, %d failed",
                model.getName(), result.getAdded(), result.getUpdated(), result.getFailed());
        return result;
    }

    private static void importOne(
            UserProvider localStorage,
            RealmModel realm,
            UserStorageProviderModel model,
            CustomerRecord customer,
            SynchronizationResult result) {
        UserModel local = localStorage.getUserByUsername(realm, customer.customerCode());
        if (local == null) {
            CrmUserImport.create(localStorage, realm, model, customer);
            result.increaseAdded();
        } else if (model.getId().equals(local.getFederationLink())) {
            if (CrmUserImport.refresh(local, customer)) {
                result.increaseUpdated();
            }
        } else {
            result.increaseFailed();
        }
    }
}
