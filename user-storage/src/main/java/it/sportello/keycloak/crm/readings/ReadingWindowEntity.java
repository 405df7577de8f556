package it.sportello.keycloak.crm.readings;

import it.sportello.keycloak.crm.Commodity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Table {@code reading_window}, owned by Sportello: the days of the month (inclusive) in which self-readings for a
 * commodity are accepted, optionally from an hour of the first day to an hour of the last. A window whose {@code from_day} is after its {@code to_day} wraps into the next month.
 */
@Entity
@Table(name = "reading_window")
public class ReadingWindowEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "commodity", length = 16, nullable = false)
    private Commodity commodity;

    @Column(name = "from_day", nullable = false)
    private int fromDay;

    @Column(name = "to_day", nullable = false)
    private int toDay;

    /** The hour the window opens on its first day; null: at the start of the day. */
    @Column(name = "from_hour")
    private Integer fromHour;

    /** The hour the window closes on its last day (exclusive); null: at the end of the day. */
    @Column(name = "to_hour")
    private Integer toHour;

    protected ReadingWindowEntity() {}

    public ReadingWindowEntity(Commodity commodity, int fromDay, int toDay) {
        this.id = UUID.randomUUID().toString();
        this.commodity = commodity;
        this.fromDay = fromDay;
        this.toDay = toDay;
    }

    public String getId() {
        return id;
    }

    public Commodity getCommodity() {
        return commodity;
    }

    public int getFromDay() {
        return fromDay;
    }

    public int getToDay() {
        return toDay;
    }

    public Integer getFromHour() {
        return fromHour;
    }

    public Integer getToHour() {
        return toHour;
    }
}
