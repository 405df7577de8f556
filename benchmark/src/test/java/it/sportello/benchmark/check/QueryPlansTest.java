package it.sportello.benchmark.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryPlansTest {

    private static final String BY_EMAIL = "select c.customer_code from customer c where lower(c.email)=?";

    /** PostgreSQL's EXPLAIN (FORMAT JSON) of a lookup, with {@code scan} as the scan of customer. */
    private static String plan(String scan) {
        return "[{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": [{\"Node Type\": \"Nested Loop\", \"Plans\": [" + scan
                + ", {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"reading_window\"}]}]}}]";
    }

    @Test
    void indexScansAndAWholeReadOfTheReadingWindowsPass() {
        QueryPlans plans = new QueryPlans();
        plans.operation("customer by email");
        plans.add(
                BY_EMAIL,
                plan("{\"Node Type\": \"Index Scan\", \"Relation Name\": \"customer\","
                        + " \"Index Name\": \"ix_customer_email_lower\", \"Index Cond\": \"(lower(email) = 'a')\"}"));

        assertThat(plans.failures()).isEmpty();
        assertThat(plans.text())
                .contains("## customer by email\n" + BY_EMAIL + "\n    Limit\n      Nested Loop\n"
                        + "        Index Scan on customer using ix_customer_email_lower\n"
                        + "        Seq Scan on reading_window\n");
    }

    @Test
    void aSequentialScanOfACustomerTableFailsNamingOperationTableAndStatement() {
        QueryPlans plans = new QueryPlans();
        plans.operation("customer by email");
        plans.add(BY_EMAIL, plan("{\"Node Type\": \"Seq Scan\", \"Relation Name\": \"customer\"}"));

        assertThat(plans.failures()).containsExactly("customer by email: sequential scan on customer in: " + BY_EMAIL);
    }

    @Test
    void anIndexWalkedWithoutConditionFailsLikeASequentialScan() {
        QueryPlans plans = new QueryPlans();
        plans.operation("customer by email");
        plans.add(
                BY_EMAIL,
                plan("{\"Node Type\": \"Index Scan\", \"Relation Name\": \"customer\","
                        + " \"Index Name\": \"pk_customer\", \"Filter\": \"(lower(email) = 'a')\"}"));

        assertThat(plans.failures())
                .containsExactly("customer by email: full scan of index pk_customer on customer (no index condition)"
                        + " in: " + BY_EMAIL);
    }

    @Test
    void anOperationThatSentNoStatementFails() {
        QueryPlans plans = new QueryPlans();
        plans.operation("portal: tickets");

        assertThat(plans.failures())
                .containsExactly("portal: tickets: no statement reached the database" + " (nothing to explain)");
    }

    @Test
    void statementsWhileIgnoringAreNotRecorded() {
        QueryPlans plans = new QueryPlans();
        plans.operation("portal: readings");
        plans.ignoring(true);
        plans.add(BY_EMAIL, plan("{\"Node Type\": \"Seq Scan\", \"Relation Name\": \"customer\"}"));
        plans.ignoring(false);

        assertThat(plans.byOperation().get("portal: readings")).isEmpty();
    }
}
