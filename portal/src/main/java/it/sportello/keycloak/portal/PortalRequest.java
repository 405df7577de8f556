package it.sportello.keycloak.portal;

import it.sportello.keycloak.crm.CrmCustomers;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.crm.PrequalificationSessionCheck;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * One authenticated portal call: the caller (a bearer access token of the realm), the CRM customer the caller is
 * ({@link CrmCustomers}: the user's CRM federation link, customer code = username), the caller's language and the
 * CORS policy of the token's client. Every resource reaches the CRM only through {@link #customerCode()}, so nothing
 * of another customer is ever looked up.
 */
public final class PortalRequest {

    static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "OPTIONS"};
    static final String[] EXPOSED_HEADERS = {"Location", "Content-Disposition"};

    private static final Logger LOG = Logger.getLogger(PortalRequest.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final UserSessionModel userSession;
    private final AccessToken token;
    private final PortalLocalizer localizer;
    private final PortalConfig config;
    private final Clock clock;

    private PortalRequest(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            UserSessionModel userSession,
            AccessToken token,
            PortalLocalizer localizer,
            PortalConfig config,
            Clock clock) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.userSession = userSession;
        this.token = token;
        this.localizer = localizer;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Authenticates the bearer token of the current request.
     *
     * @throws WebApplicationException 401 problem without a valid token, 403 problem for a user who is not a CRM
     *     customer or a supplier the CRM has not prequalified
     */
    public static PortalRequest authenticate(KeycloakSession session, PortalConfig config, Clock clock) {
        PortalRequest request = authenticateAnyUser(session, config, clock);
        if (!CrmCustomers.isCustomer(request.realm, request.user)) {
            throw request.fail(Problem.notACustomer());
        }
        if (request.notPrequalified()) {
            // the CRM withdrew (or never gave) the supplier's prequalification: the token no longer opens the portal
            throw request.fail(Problem.notPrequalified());
        }
        return request;
    }

    /**
     * Authenticates the bearer token of the current request for the resources whose callers need not be CRM
     * customers (company members are often local accounts); they decide themselves what the caller may do.
     *
     * @throws WebApplicationException 401 problem without a valid token
     */
    public static PortalRequest authenticateAnyUser(KeycloakSession session, PortalConfig config, Clock clock) {
        RealmModel realm = session.getContext().getRealm();
        AuthResult auth;
        try {
            auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        } catch (WebApplicationException malformedHeader) {
            auth = null;
        }
        if (auth == null || auth.user() == null || !auth.user().isEnabled()) {
            throw unauthorized(session, realm, "");
        }
        if (!config.acceptsToken(auth.token())) {
            // a valid token of the realm, but issued to another client (admin-cli, a partner app...): the same 401
            LOG.debug("Portal call refused: token not issued for the portal");
            throw unauthorized(session, realm, ", error=\"invalid_token\"");
        }
        UserModel user = auth.user();
        return new PortalRequest(
                session,
                realm,
                user,
                auth.session(),
                auth.token(),
                PortalLocalizer.of(session, realm, () -> session.getContext().resolveLocale(user)),
                config,
                clock);
    }

    /**
     * The shared gate. Within the re-check interval of the token's user session, its last "yes" (sign-in, token
     * refresh or an earlier call) is trusted and the CRM is not asked; otherwise one read of the caller's CRM row, and
     * a "yes" is stamped on the session for the next calls. A withdrawal thus closes the portal within the interval
     * (at once with {@code recheck-minutes} 0, which trusts nothing).
     */
    private boolean notPrequalified() {
        PrequalificationSessionCheck check = PrequalificationSessionCheck.of(session);
        long now = Time.currentTime();
        if (check.trusts(userSession, now)) {
            return false;
        }
        boolean blocked;
        try {
            blocked = PrequalificationGate.lifecycle().blocks(session, realm, user);
        } catch (RuntimeException crmFailure) {
            LOG.warnf("Portal call failed (%s)", crmFailure.getClass().getName());
            throw fail(Problem.unavailable());
        }
        if (!blocked && userSession != null) {
            check.passed(userSession, now);
        }
        return blocked;
    }

    private static WebApplicationException unauthorized(KeycloakSession session, RealmModel realm, String error) {
        PortalLocalizer localizer =
                PortalLocalizer.of(session, realm, session.getContext().resolveLocale(null));
        return new ErrorResponseException(anonymousCors(PortalResponses.problem(Problem.unauthorized(), localizer)
                .header("WWW-Authenticate", "Bearer realm=\"" + realm.getName() + "\"" + error)));
    }

    public KeycloakSession session() {
        return session;
    }

    public RealmModel realm() {
        return realm;
    }

    public UserModel user() {
        return user;
    }

    /** The Keycloak session the token belongs to (its {@code sid}), null when the token names none. */
    public String sessionId() {
        return token.getSessionId();
    }

    /** The caller's customer code; only for callers {@link #authenticate} admitted as CRM customers. */
    public CustomerCode customerCode() {
        return CrmCustomers.customerCode(realm, user).orElseThrow(() -> fail(Problem.notACustomer()));
    }

    public CustomerDirectory directory() {
        return session.getProvider(CustomerDirectory.class);
    }

    public PortalLocalizer localizer() {
        return localizer;
    }

    public PortalConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    /** Today in the portal's time zone: the date of a self-reading submitted now. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    /** Now in the portal's time zone: when a reading window opens and closes. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(config.zone()));
    }

    /**
     * Runs an endpoint: its response, or the problem it raised, with the CORS headers of the token's client. A CRM
     * that cannot be reached answers 503, never a stack trace.
     */
    public Response respond(Supplier<Response.ResponseBuilder> endpoint) {
        if (PathParameters.unmatchable(session.getContext().getUri().getPathParameters())) {
            return cors(PortalResponses.problem(Problem.notFound(), localizer));
        }
        try {
            return cors(endpoint.get());
        } catch (ProblemException problem) {
            session.getTransactionManager().setRollbackOnly();
            return cors(PortalResponses.problem(problem.problem(), localizer));
        } catch (WebApplicationException e) {
            throw e;
        } catch (RuntimeException e) {
            // the CRM or a collaborator failed: a problem without internals, the cause in the server log only
            session.getTransactionManager().setRollbackOnly();
            LOG.warnf("Portal call failed (%s)", e.getClass().getName());
            LOG.debug("Portal call failure", e);
            return cors(PortalResponses.problem(Problem.unavailable(), localizer));
        }
    }

    /** A problem to throw from a resource locator. */
    public WebApplicationException fail(Problem problem) {
        return new ErrorResponseException(cors(PortalResponses.problem(problem, localizer)));
    }

    private Response cors(Response.ResponseBuilder builder) {
        return Cors.builder()
                .auth()
                .allowedMethods(METHODS)
                .exposedHeaders(EXPOSED_HEADERS)
                .checkAllowedOrigins(token)
                .add(builder);
    }

    /** Before a token is known: any origin may read the 401, which says nothing about anybody. */
    private static Response anonymousCors(Response.ResponseBuilder builder) {
        return Cors.builder()
                .allowAllOrigins()
                .allowedMethods(METHODS)
                .exposedHeaders("WWW-Authenticate")
                .add(builder);
    }

    /** Answers a CORS preflight; the request that follows is checked against its token's allowed origins. */
    public static Response preflight() {
        return Cors.builder()
                .preflight()
                .auth()
                .allowedMethods(METHODS)
                .exposedHeaders(EXPOSED_HEADERS)
                .add(Response.ok());
    }
}
