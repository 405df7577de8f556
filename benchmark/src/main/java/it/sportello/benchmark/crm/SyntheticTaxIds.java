package it.sportello.benchmark.crm;

import it.sportello.keycloak.taxid.TaxId;
import java.util.SplittableRandom;

/** Tax IDs of synthetic customers, with the check characters Sportello's own {@link TaxId} rules accept. */
final class SyntheticTaxIds {

    private static final String MONTHS = "ABCDEHLMPRST";
    /** Cadastral codes of the birth towns (the CRM's cities). */
    private static final String[] TOWNS = {"D612", "F205", "H501", "L219", "F839", "A944"};

    private SyntheticTaxIds() {}

    /** A codice fiscale: random name letters, birth date and town, and the check character Sportello accepts. */
    static String codiceFiscale(SplittableRandom r) {
        StringBuilder cf = new StringBuilder(16);
        for (int i = 0; i < 6; i++) {
            cf.append((char) ('A' + r.nextInt(26)));
        }
        cf.append(String.format("%02d", r.nextInt(100)));
        cf.append(MONTHS.charAt(r.nextInt(12)));
        int day = 1 + r.nextInt(28);
        cf.append(String.format("%02d", r.nextBoolean() ? day : day + 40));
        cf.append(TOWNS[r.nextInt(TOWNS.length)]);
        return withValidCheck(cf.toString(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    /** A partita IVA: the customer's index as registration number, a provincial office, the valid check digit. */
    static String partitaIva(int index, SplittableRandom r) {
        String body = String.format("%07d%03d", index % 10_000_000, 1 + r.nextInt(100));
        return withValidCheck(body, "0123456789");
    }

    private static String withValidCheck(String body, String candidates) {
        for (int i = 0; i < candidates.length(); i++) {
            String candidate = body + candidates.charAt(i);
            if (TaxId.parse(candidate).isValid()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No check character makes a valid tax ID");
    }
}
