package it.sportello.keycloak.mobile;

import java.util.Optional;
import org.keycloak.models.UserModel;

/**
 * Where an account's verified mobile number lives: the {@code mobile} user-profile attribute, in E.164, written only
 * once a code sent to it was typed back (the user profile lets the customer see it, not edit it; an administrator
 * may).
 */
public final class MobileAttributes {

    public static final String MOBILE = "mobile";

    private MobileAttributes() {}

    /** The account's verified mobile; empty when it has none or the stored value is not one. */
    public static Optional<MobileNumber> verifiedMobile(UserModel user) {
        return user == null ? Optional.empty() : MobileNumber.parse(user.getFirstAttribute(MOBILE));
    }
}
