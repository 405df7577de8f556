package it.sportello.keycloak.portal.metering;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.IntervalRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class MeteringFilesTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 1, 0, 0);

    @Test
    void csvHasOneLinePerIntervalWithEmptyCellsForWhatTheCommodityHasNot() throws Exception {
        StringWriter csv = new StringWriter();
        MeteringCsv.write(
                List.of(
                        new IntervalRecord(START, 15, new BigDecimal("0.750"), new BigDecimal("3.000"), null),
                        new IntervalRecord(START.plusDays(1), 1440, null, null, new BigDecimal("1E+1"))),
                csv);

        assertThat(csv.toString())
                .isEqualTo("start,minutes,energy_kwh,power_kw,volume_smc\r\n"
                        + "2026-03-01T00:00,15,0.750,3.000,\r\n"
                        + "2026-03-02T00:00,1440,,,10\r\n");
        assertThat(MeteringCsv.fileName("IT001E/\"1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "xlsx"))
                .isEqualTo("metering-IT001E1-2026-01-01-2026-01-31.xlsx");
    }

    @Test
    void xlsxOfAYearOfQuarterHoursReadsBackCellByCell() throws Exception {
        List<IntervalRecord> year = new ArrayList<>();
        for (int i = 0; i < 35_136; i++) {
            year.add(new IntervalRecord(
                    START.plusMinutes(15L * i), 15, BigDecimal.valueOf(i % 96, 3), BigDecimal.valueOf(i % 7), null));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MeteringXlsx.write(year, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("metering");
            assertThat(rows).hasSize(35_137);
            assertThat(rows.get(0).getCellAsString(0)).contains("start");
            assertThat(rows.get(0).getCellAsString(4)).contains("volume_smc");
            Row last = rows.get(35_136);
            assertThat(last.getCellAsDate(0)).contains(START.plusMinutes(15L * 35_135));
            assertThat(last.getCellAsNumber(1))
                    .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("15"));
            assertThat(last.getCellAsNumber(2))
                    .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(BigDecimal.valueOf(35_135 % 96, 3)));
            assertThat(last.getOptionalCell(4).map(c -> c.getRawValue())).isEmpty();
        }
    }
}
