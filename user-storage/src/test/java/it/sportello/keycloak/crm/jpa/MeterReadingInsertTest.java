package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.junit.jupiter.api.Test;

class MeterReadingInsertTest {

    @Test
    void eachDatabaseSkipsTheDaysDuplicateInItsOwnSyntax() {
        assertThat(MeterReadingInsert.sql(new PostgreSQLDialect()))
                .endsWith("on conflict (supply_point_id, reading_date) do nothing");
        assertThat(MeterReadingInsert.sql(new MariaDBDialect())).startsWith("insert ignore into meter_reading");
        assertThat(MeterReadingInsert.sql(new OracleDialect())).contains("IGNORE_ROW_ON_DUPKEY_INDEX");
        assertThat(MeterReadingInsert.sql(new SQLServerDialect()))
                .startsWith("merge into meter_reading with (holdlock)")
                .endsWith(";");
        assertThat(MeterReadingInsert.sql(new H2Dialect()))
                .startsWith("merge into meter_reading")
                .contains("when not matched then insert");
    }
}
