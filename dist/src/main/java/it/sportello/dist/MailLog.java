package it.sportello.dist;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mails the demo's mail sink received, in arrival order across all recipients. Each mail gets the next sequence
 * number (1, 2, ...) when it arrives and keeps it: the viewer's links and the JSON API's ids never shift when new mail
 * comes in. GreenMail delivers a mail once per recipient; those deliveries share one message and count as one mail.
 */
final class MailLog {

    private final Clock clock;
    private final List<MailView> mails = new ArrayList<>();
    private final Map<MimeMessage, Integer> seen = new IdentityHashMap<>();

    MailLog(Clock clock) {
        this.clock = clock;
    }

    /** Records a delivery; returns the mail's id (the one it already has when another recipient gets the same). */
    synchronized int received(MimeMessage message) {
        Integer known = seen.get(message);
        if (known != null) {
            return known;
        }
        int id = mails.size() + 1;
        seen.put(message, id);
        mails.add(MailView.of(id, clock.instant(), message));
        return id;
    }

    synchronized List<MailView> newestFirst() {
        List<MailView> newestFirst = new ArrayList<>(mails);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    synchronized Optional<MailView> byId(int id) {
        return id >= 1 && id <= mails.size() ? Optional.of(mails.get(id - 1)) : Optional.empty();
    }
}
