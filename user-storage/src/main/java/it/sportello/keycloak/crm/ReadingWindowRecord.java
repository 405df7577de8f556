package it.sportello.keycloak.crm;

/**
 * The days of the month (inclusive, 1 to 31) in which self-readings of a commodity are accepted, from {@code fromHour}
 * (0 to 23) on the first day to {@code toHour} (1 to 24, exclusive) on the last, in the portal's time zone. A window
 * whose {@code fromDay} is after its {@code toDay} runs over the end of the month into the next one.
 */
public record ReadingWindowRecord(Commodity commodity, int fromDay, int toDay, int fromHour, int toHour) {

    /** Opens at the start of its first day. */
    public static final int START_OF_DAY = 0;

    /** Closes at the end of its last day. */
    public static final int END_OF_DAY = 24;

    /** Out-of-range hours (a CRM row with 30, say) mean the whole day rather than a broken window. */
    public ReadingWindowRecord {
        fromHour = fromHour < START_OF_DAY || fromHour >= END_OF_DAY ? START_OF_DAY : fromHour;
        toHour = toHour <= START_OF_DAY || toHour > END_OF_DAY ? END_OF_DAY : toHour;
    }

    /** A window of whole days, as the windows stored without hours are. */
    public ReadingWindowRecord(Commodity commodity, int fromDay, int toDay) {
        this(commodity, fromDay, toDay, START_OF_DAY, END_OF_DAY);
    }
}
