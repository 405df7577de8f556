package it.sportello.keycloak.contactcode;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.keycloak.sessions.AuthenticationSessionModel;

/** An authentication session whose notes live in a map the test can read. */
final class AuthNotes {

    private AuthNotes() {}

    static AuthenticationSessionModel backedBy(Map<String, String> notes) {
        AuthenticationSessionModel session = mock(AuthenticationSessionModel.class);
        when(session.getAuthNote(anyString())).thenAnswer(i -> notes.get(i.<String>getArgument(0)));
        doAnswer(i -> notes.put(i.getArgument(0), i.getArgument(1)))
                .when(session)
                .setAuthNote(anyString(), anyString());
        doAnswer(i -> notes.remove(i.<String>getArgument(0))).when(session).removeAuthNote(anyString());
        return session;
    }
}
