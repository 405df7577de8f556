package it.sportello.keycloak.login;

import it.sportello.keycloak.signin.SignInDetails;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.representations.account.DeviceRepresentation;

/**
 * Puts the browser and system of a sign-in (coarse: {@link SignInDetails#browser}) in the sign-in's event, so that the
 * portal's home page can tell the customer where the previous sign-in came from. The detail reaches the stored
 * {@code LOGIN} event when the sign-in ends in the same request as the password (no second factor).
 */
final class SignInBrowser {

    private SignInBrowser() {}

    static void record(AuthenticationFlowContext context) {
        DeviceRepresentationProvider devices = context.getSession().getProvider(DeviceRepresentationProvider.class);
        DeviceRepresentation device = devices == null ? null : devices.deviceRepresentation();
        if (device == null) {
            return;
        }
        String browser = SignInDetails.browser(device.getBrowser(), device.getOs());
        if (browser != null) {
            context.getEvent().detail(SignInDetails.BROWSER, browser);
        }
    }
}
