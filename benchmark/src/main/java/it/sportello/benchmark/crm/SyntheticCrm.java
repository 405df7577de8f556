package it.sportello.benchmark.crm;

import static it.sportello.benchmark.crm.CopyText.field;
import static it.sportello.benchmark.crm.CopyText.last;
import static it.sportello.benchmark.crm.SyntheticTaxIds.codiceFiscale;
import static it.sportello.benchmark.crm.SyntheticTaxIds.partitaIva;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The rows of a synthetic CRM of {@code customers} customers over the CRM contract tables, each row a pure function of
 * the seed and the customer's index (so any slice can be generated alone, in any order, on any thread).
 *
 * <p>Customer {@code i} has the code {@code B} + seven digits of {@code i}; every fifth one is a company with a
 * partita IVA, the others people with a codice fiscale, both with valid check characters (see
 * {@link SyntheticTaxIds}). Each has one to three supply points (electricity, gas, water) and
 * {@link #invoicesPerPoint} invoices per supply point. The first {@link Pools#legacy()} customers carry a legacy
 * portal password hash, rotating over the legacy formats (see {@link LegacyHashes}); the others have none.
 */
public final class SyntheticCrm {

    /** The plaintext of every generated legacy password (long enough for the realm's password policy). */
    public static final String LEGACY_PASSWORD = "Bench-Legacy-2026";

    /** bcrypt cost of the generated hashes: low so a million-customer CRM loads in minutes (see docs/benchmark.md). */
    public static final int BCRYPT_COST = 6;

    /** PBKDF2 iterations of the generated hashes. */
    public static final int PBKDF2_ITERATIONS = 10_000;

    private static final String[] FIRST = {
        "Mario", "Laura", "Giuseppe", "Anna", "Paolo", "Giulia", "Marco", "Chiara", "Luca", "Sara", "Andrea", "Elena"
    };
    private static final String[] LAST = {
        "Rossi", "Bianchi", "Verdi", "Russo", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco"
    };
    private static final String[][] CITIES = {
        {"Firenze", "50123", "FI"},
        {"Milano", "20121", "MI"},
        {"Roma", "00184", "RM"},
        {"Torino", "10123", "TO"},
        {"Napoli", "80134", "NA"},
        {"Bologna", "40121", "BO"}
    };
    private static final List<String> COMMODITIES = List.of("ELECTRICITY", "GAS", "WATER");
    private static final String[] STATUSES = {"PAID", "PAID", "PAID", "ISSUED", "OVERDUE"};

    private final long seed;
    private final int customers;
    private final int invoicesPerPoint;
    /** Issue day of every supply point's newest invoice, fixed when the generator is made. */
    private final java.time.LocalDate newestIssue =
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(1).withDayOfMonth(10);

    private final Pools pools;

    /**
     * Customer index ranges the scenarios draw from, disjoint so that no scenario changes another's customers: warm
     * logins (migrated once before measuring), cold logins (first login, legacy hash), claims (never imported),
     * resets (never signed in: each reset starts from the same state, so that its CRM statements are exact).
     */
    public record Pools(int warm, int cold, int claim, int reset) {
        public int legacy() {
            return warm + cold;
        }

        public int warmStart() {
            return 0;
        }

        public int coldStart() {
            return warm;
        }

        public int claimStart() {
            return warm + cold;
        }

        public int resetStart() {
            return warm + cold + claim;
        }

        public int total() {
            return warm + cold + claim + reset;
        }
    }

    public SyntheticCrm(long seed, int customers, int invoicesPerPoint, Pools pools) {
        if (pools.total() > customers) {
            throw new IllegalArgumentException(
                    "The scenario pools need " + pools.total() + " customers; the CRM has " + customers);
        }
        this.seed = seed;
        this.customers = customers;
        this.invoicesPerPoint = invoicesPerPoint;
        this.pools = pools;
    }

    public int customers() {
        return customers;
    }

    public int invoicesPerPoint() {
        return invoicesPerPoint;
    }

    public Pools pools() {
        return pools;
    }

    /** The customer's email of record (where the claim's and the reset's mails go). */
    public static String email(String customerCode) {
        return customerCode.toLowerCase(Locale.ROOT) + "@clienti.example";
    }

    public static String customerCode(int index) {
        return String.format("B%07d", index);
    }

    public static boolean isCompany(int index) {
        return index % 5 == 4;
    }

    public static int supplyPointCount(int index) {
        return 1 + index % 3;
    }

    /** Supply point ids: four slots per customer, so ids never collide and need no sequence. */
    public static long supplyPointId(int index, int point) {
        return (long) index * 4 + point + 1;
    }

    public long supplyPointRows() {
        long rows = 0;
        for (int i = 0; i < 3; i++) {
            long withCount = customers / 3 + (i < customers % 3 ? 1 : 0);
            rows += withCount * (i + 1);
        }
        return rows;
    }

    public long invoiceRows() {
        return supplyPointRows() * invoicesPerPoint;
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** The tax ID of customer {@code index} (the one the claim scenario types). */
    public String taxId(int index) {
        SplittableRandom r = random(index);
        return isCompany(index) ? partitaIva(index, r) : codiceFiscale(r);
    }

    /** The legacy hash of customer {@code index} as stored ({@code null} outside the legacy pool). */
    public String[] legacyPassword(int index) {
        if (index >= pools.legacy()) {
            return null;
        }
        return LegacyHashes.of(seed, index);
    }

    /** Appends customer {@code index}'s row in PostgreSQL COPY text format, columns as in {@code crm-contract-tables.sql}. */
    public void customerRow(int index, StringBuilder out) {
        SplittableRandom r = random(index);
        String code = customerCode(index);
        String[] city = CITIES[index % CITIES.length];
        boolean company = isCompany(index);
        String taxId = company ? partitaIva(index, r) : codiceFiscale(r);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String[] legacy = legacyPassword(index);
        field(out, code);
        field(out, company ? "COMPANY" : "PERSON");
        field(out, company ? null : first);
        field(out, company ? null : last);
        field(out, company ? last + " " + first + " S.r.l." : null);
        field(out, taxId);
        field(out, email(code));
        field(out, "+39 0" + (100_000_000 + r.nextInt(900_000_000)));
        field(out, null);
        field(out, "Via Roma " + (1 + index % 200));
        field(out, city[1]);
        field(out, city[0]);
        field(out, city[2]);
        field(out, "f");
        field(out, "f");
        field(out, null);
        field(out, legacy == null ? null : legacy[0]);
        field(out, legacy == null ? null : legacy[1]);
        last(out, "2026-10-01 08:00:00");
    }

    /** Appends the supply point rows of customer {@code index}. */
    public void supplyPointRows(int index, StringBuilder out) {
        String code = customerCode(index);
        String[] city = CITIES[index % CITIES.length];
        for (int p = 0; p < supplyPointCount(index); p++) {
            long id = supplyPointId(index, p);
            String commodity = COMMODITIES.get(p);
            field(out, Long.toString(id));
            field(out, code);
            field(out, commodity);
            field(out, podPdr(commodity, id));
            field(out, "Via Roma " + (1 + index % 200));
            field(out, city[1]);
            field(out, city[0]);
            field(out, city[2]);
            field(out, p == 2 ? "MECHANICAL" : "SMART_METER");
            last(out, p == 1 && index % 2 == 0 ? "t" : "f");
        }
    }

    /**
     * The number of an invoice of customer {@code index} issued within the last 12 months (the newest of the first
     * supply point): what the claim scenario types as proof of possession.
     */
    public static String recentInvoiceNumber(int index) {
        return "B" + supplyPointId(index, 0) + "-0";
    }

    /**
     * Appends the invoice rows of customer {@code index}: one every two months back from the 10th of last month, so
     * that the newest stays within the claim's 12-month window whenever the CRM is loaded.
     */
    public void invoiceRows(int index, StringBuilder out) {
        SplittableRandom r = new SplittableRandom(seed * 31 + index);
        String code = customerCode(index);
        for (int p = 0; p < supplyPointCount(index); p++) {
            long id = supplyPointId(index, p);
            for (int n = 0; n < invoicesPerPoint; n++) {
                java.time.LocalDate issued = newestIssue.minusMonths(2L * n);
                field(out, "B" + id + "-" + n);
                field(out, code);
                field(out, Long.toString(id));
                field(out, issued.toString());
                field(out, issued.minusMonths(2).withDayOfMonth(1).toString());
                field(out, issued.withDayOfMonth(1).minusDays(1).toString());
                field(out, (20 + r.nextInt(300)) + "." + (10 + r.nextInt(90)));
                field(out, issued.plusDays(20).toString());
                field(out, n == 0 ? STATUSES[r.nextInt(STATUSES.length)] : "PAID");
                last(out, "invoices/" + issued.getYear() + "/B" + id + "-" + n + ".pdf");
            }
        }
    }

    private static String podPdr(String commodity, long id) {
        return switch (commodity) {
            case "ELECTRICITY" -> String.format("IT001E%08d", id);
            case "GAS" -> String.format("%014d", 88_000_000_000_000L + id);
            default -> "W-BN-" + id;
        };
    }
}
