package it.sportello.keycloak.contactcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import it.sportello.keycloak.ratelimit.RateLimitDecision;
import it.sportello.keycloak.ratelimit.RateLimiter;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The shared steps: typed contact, code, attribute and event only after the right code; failures leave no state. */
class ContactCodeRequiredActionTest {

    private static final ContactCodeSettings SETTINGS = new ContactCodeSettings(
            "page.ftl",
            "attr",
            "contact",
            "code",
            "step",
            "contact",
            "current",
            "pending",
            "detail",
            "code_refused",
            "t.pending",
            "t.code.",
            "t-scope",
            Duration.ofMinutes(5),
            3,
            3,
            new ContactCodeSettings.Messages("tooMany", "sendFailed", "required", "wrong", "exhausted", "expired"));

    private final Map<String, String> notes = new HashMap<>();
    private final List<String> sent = new ArrayList<>();
    private final RequiredActionContext context = mock(RequiredActionContext.class);
    private final AuthenticationSessionModel authSession = AuthNotes.backedBy(notes);
    private final UserModel user = mock(UserModel.class);
    private final LoginFormsProvider page = mock(LoginFormsProvider.class, RETURNS_SELF);
    private final EventBuilder event = mock(EventBuilder.class, RETURNS_SELF);
    private final RateLimiter limiter = mock(RateLimiter.class);
    private final HttpRequest request = mock(HttpRequest.class);
    private final MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
    private boolean delivers = true;

    /** A contact is any text starting with "+". */
    private record Contact(String attributeValue) implements VerifiableContact {
        @Override
        public String masked() {
            return "***";
        }
    }

    /** Delivery records the code. */
    private final ContactCodeRequiredAction<Contact> action = new ContactCodeRequiredAction<>(SETTINGS) {
        @Override
        protected Optional<Contact> parse(String raw) {
            return raw != null && raw.startsWith("+") ? Optional.of(new Contact(raw)) : Optional.empty();
        }

        @Override
        protected String refusalFor(Optional<Contact> typed, UserModel u) {
            return typed.isEmpty() ? "invalid" : null;
        }

        @Override
        protected boolean deliver(RequiredActionContext c, Contact contact, String code) {
            sent.add(code);
            return delivers;
        }
    };

    @BeforeEach
    void wire() {
        KeycloakSession session = mock(KeycloakSession.class);
        RealmModel realm = mock(RealmModel.class);
        when(session.getProvider(RateLimiter.class)).thenReturn(limiter);
        when(limiter.tryAcquire(any(), anyString())).thenReturn(new RateLimitDecision(true, Duration.ZERO));
        when(request.getDecodedFormParameters()).thenReturn(form);
        when(context.getHttpRequest()).thenReturn(request);
        when(context.getAuthenticationSession()).thenReturn(authSession);
        when(context.getSession()).thenReturn(session);
        when(context.getRealm()).thenReturn(realm);
        when(context.getUser()).thenReturn(user);
        when(context.form()).thenReturn(page);
        when(context.getEvent()).thenReturn(event);
    }

    private void submit(String button, String field, String value) {
        form.clear();
        form.putSingle(ContactCodeRequiredAction.ACTION, button);
        form.putSingle(field, value);
        action.processAction(context);
    }

    @Test
    void rightCodeWritesTheAttributeAndRecordsTheChange() {
        submit("send", "contact", "+39123");
        verify(page).setAttribute("step", "code");
        assertThat(notes).containsEntry("t.pending", "+39123");

        submit("verify", "code", sent.get(0));

        verify(user).setSingleAttribute("attr", "+39123");
        verify(event).detail("detail", "changed");
        verify(event).success();
        verify(context).success();
        assertThat(notes).isEmpty();
    }

    @Test
    void wrongCodeWritesNothingAndRecordsTheRefusal() {
        submit("send", "contact", "+39123");
        String wrong = sent.get(0).equals("000000") ? "111111" : "000000";

        submit("verify", "code", wrong);

        verify(user, never()).setSingleAttribute(anyString(), anyString());
        verify(event).detail("detail", "code-wrong");
        verify(event).error("code_refused");
    }

    @Test
    void invalidContactIsRefusedOnTheContactPageWithoutACode() {
        submit("send", "contact", "not-a-contact");

        assertThat(sent).isEmpty();
        verify(page).setAttribute("step", "contact");
        verify(limiter, never()).tryAcquire(any(), anyString());
    }

    @Test
    void failedDeliveryForgetsThePendingContactAndTheCode() {
        delivers = false;

        submit("send", "contact", "+39123");

        assertThat(notes).isEmpty();
        verify(page).setError("sendFailed");
    }

    @Test
    void overTheLimitNoCodeIsSent() {
        when(limiter.tryAcquire(any(), anyString())).thenReturn(new RateLimitDecision(false, Duration.ofMinutes(9)));

        submit("send", "contact", "+39123");

        assertThat(sent).isEmpty();
        assertThat(notes).isEmpty();
        verify(page).setError("tooMany");
    }

    @Test
    void removingWhenThereIsNothingRecordsNoEvent() {
        submit("remove", "contact", "");

        verify(user, never()).removeAttribute(anyString());
        verify(event, never()).success();
        verify(context).success();
    }
}
