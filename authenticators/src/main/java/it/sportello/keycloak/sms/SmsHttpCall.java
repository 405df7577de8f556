package it.sportello.keycloak.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One request to a gateway and its outcome as a {@link SmsDeliveryException.Reason}: 2xx is sent, 4xx rejected, anything
 * else a gateway error; the answer's body is read and thrown away, never logged.
 */
final class SmsHttpCall {

    private static final int OK_MIN = 200;
    private static final int OK_MAX = 299;
    private static final int CLIENT_ERROR_MIN = 400;
    private static final int CLIENT_ERROR_MAX = 499;

    private SmsHttpCall() {}

    /**
     * A client of its own per sender factory (no statics): no redirects, the connect timeout of the settings, HTTP/1.1
     * (what every SMS gateway speaks; no cleartext HTTP/2 upgrade dance on an http URL).
     */
    static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static void send(HttpClient client, String provider, HttpRequest request) throws SmsDeliveryException {
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpConnectTimeoutException e) {
            throw new SmsDeliveryException(provider, SmsDeliveryException.Reason.UNREACHABLE, 0);
        } catch (HttpTimeoutException e) {
            throw new SmsDeliveryException(provider, SmsDeliveryException.Reason.TIMEOUT, 0);
        } catch (IOException e) {
            throw new SmsDeliveryException(provider, SmsDeliveryException.Reason.UNREACHABLE, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException(provider, SmsDeliveryException.Reason.TIMEOUT, 0);
        }
        int status = response.statusCode();
        if (status >= OK_MIN && status <= OK_MAX) {
            return;
        }
        SmsDeliveryException.Reason reason = status >= CLIENT_ERROR_MIN && status <= CLIENT_ERROR_MAX
                ? SmsDeliveryException.Reason.REJECTED
                : SmsDeliveryException.Reason.GATEWAY_ERROR;
        throw new SmsDeliveryException(provider, reason, status);
    }
}
