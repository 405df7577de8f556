package it.sportello.it.badinput;

/**
 * One request of the API matrix: the operation ({@code POST /tickets}), where the bad value goes ({@code query page},
 * {@code body subject}, {@code body}), the value, and the request itself.
 *
 * @param tag the operation's first tag, which decides whose token the request carries
 * @param url absolute, with the bad value percent-encoded where it belongs
 * @param contentType null for no body
 */
public record ApiCase(
        String operation,
        String tag,
        String method,
        String where,
        BadValue value,
        String url,
        String contentType,
        byte[] body) {

    public boolean writes() {
        return !method.equals("GET");
    }
}
