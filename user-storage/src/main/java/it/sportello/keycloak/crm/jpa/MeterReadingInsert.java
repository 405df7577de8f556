package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.NativeQuery;

/**
 * The insert of a self-reading that cannot fail on the supply point's day ({@code uk_meter_reading_point_date}): a
 * reading of that day already there (or being inserted by a transaction that then commits) leaves the statement
 * inserting nothing, without an error, so the caller's transaction stays good and the answer is "0 rows". The syntax
 * comes from the persistence unit's Hibernate dialect, like the ticket numbers': PostgreSQL's {@code ON CONFLICT DO
 * NOTHING} on the day's key; MariaDB's and MySQL's {@code INSERT IGNORE} (the values are validated before, there is no
 * foreign key and every length is fixed, so the day's key is the only thing it can ignore); Oracle's
 * {@code IGNORE_ROW_ON_DUPKEY_INDEX} hint on that key; SQL Server's {@code MERGE} with {@code HOLDLOCK} (the key range
 * held until the transaction ends); the standard {@code MERGE} elsewhere (H2). PostgreSQL, InnoDB, Oracle and SQL
 * Server make a concurrent insert of the same key wait and then insert or skip; H2's {@code MERGE} decides on what it
 * sees, so two submissions racing on H2 may still see the unique constraint fail.
 */
final class MeterReadingInsert {

    private static final String COLUMNS =
            "id, supply_point_id, reading_date, meter_value, corrector_value, status, submitted_by, created_at";
    private static final String VALUES = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8";

    static final String POSTGRESQL = "insert into meter_reading (" + COLUMNS + ") values (" + VALUES
            + ") on conflict (supply_point_id, reading_date) do nothing";
    static final String MYSQL = "insert ignore into meter_reading (" + COLUMNS + ") values (" + VALUES + ")";
    static final String ORACLE =
            "insert /*+ IGNORE_ROW_ON_DUPKEY_INDEX(meter_reading(supply_point_id, reading_date)) */"
                    + " into meter_reading (" + COLUMNS + ") values (" + VALUES + ")";
    static final String SQL_SERVER = merge("meter_reading with (holdlock) as t", "datetime2(6)") + ";";
    static final String MERGE = merge("meter_reading t", "timestamp");

    private MeterReadingInsert() {}

    static String sql(Dialect dialect) {
        if (dialect instanceof PostgreSQLDialect) {
            return POSTGRESQL;
        }
        if (dialect instanceof MySQLDialect) {
            return MYSQL;
        }
        if (dialect instanceof OracleDialect) {
            return ORACLE;
        }
        if (dialect instanceof SQLServerDialect) {
            return SQL_SERVER;
        }
        return MERGE;
    }

    /** The standard {@code MERGE} that inserts the row only when the supply point's day has none. */
    private static String merge(String target, String timestampType) {
        return "merge into " + target + " using (select cast(?1 as varchar(36)) as id,"
                + " cast(?2 as bigint) as supply_point_id, cast(?3 as date) as reading_date,"
                + " cast(?4 as decimal(15,3)) as meter_value, cast(?5 as decimal(15,3)) as corrector_value,"
                + " cast(?6 as varchar(16)) as status, cast(?7 as varchar(36)) as submitted_by,"
                + " cast(?8 as " + timestampType + ") as created_at) as s"
                + " on t.supply_point_id = s.supply_point_id and t.reading_date = s.reading_date"
                + " when not matched then insert (" + COLUMNS + ") values (s.id, s.supply_point_id, s.reading_date,"
                + " s.meter_value, s.corrector_value, s.status, s.submitted_by, s.created_at)";
    }

    /** Inserts the reading unless its supply point has one of that day; returns the rows inserted, 0 or 1. */
    static int insertUnlessDayTaken(EntityManager em, MeterReadingEntity reading) {
        Dialect dialect = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        return em.createNativeQuery(sql(dialect))
                .unwrap(NativeQuery.class)
                .setParameter(1, reading.getId())
                .setParameter(2, reading.getSupplyPointId())
                .setParameter(3, reading.getReadingDate())
                .setParameter(4, reading.getMeterValue())
                .setParameter(5, reading.getCorrectorValue(), BigDecimal.class)
                .setParameter(6, reading.getStatus().name())
                .setParameter(7, reading.getSubmittedBy(), String.class)
                .setParameter(8, reading.getCreatedAt())
                .executeUpdate();
    }
}
