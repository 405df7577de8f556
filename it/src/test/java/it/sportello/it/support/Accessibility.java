package it.sportello.it.support;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's binding, which bundles the npm package's {@code axe.min.js}) run in the browser on the page it
 * shows, with the WCAG 2.0 and 2.1 level A and AA rules, including those axe still calls experimental (off unless
 * asked for: a download button shown as "PDF" but named otherwise is one). No rule is switched off: a page that cannot
 * pass is left out of the check by name (see docs/testing.md), never a rule for every page.
 */
public final class Accessibility {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe's experimental rules that carry one of those WCAG tags (axe-core 4.11). */
    static final List<String> EXPERIMENTAL_WCAG_RULES = List.of(
            "css-orientation-lock",
            "label-content-name-mismatch",
            "p-as-heading",
            "table-fake-caption",
            "td-has-header");

    /**
     * Elements of stock Keycloak components inside the account console that Sportello does not build and cannot name,
     * each left out by its selector (every other element of their pages is checked, with every rule). Listed in
     * docs/testing.md; remove an entry when the component is replaced.
     */
    public static final List<String> STOCK_ELEMENTS = List.of(
            // Keycloak's "Signing in" page (keycloak-account-ui SigningIn): the set-up kebab of each credential type
            // below 992 px
            ".pf-v5-c-menu-toggle.pf-m-plain.pf-v5-u-display-none-on-lg");

    private Accessibility() {}

    /** Fails with every violation of the page: its rule, impact, element (selector and markup) and the page's name. */
    public static void assertNoViolations(WebDriver driver, String page) {
        List<String> found = violations(driver, page);
        if (!found.isEmpty()) {
            throw new AssertionError(report(found));
        }
    }

    /** Each violation on the page as one line; empty when axe found none. */
    public static List<String> violations(WebDriver driver, String page) {
        AxeBuilder axe = new AxeBuilder().withOptions(options());
        STOCK_ELEMENTS.forEach(axe::exclude);
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        return describe(page, results.getViolations());
    }

    /** The failure message for lines of {@link #violations}. */
    public static String report(List<String> violations) {
        return violations.size() + " accessibility violation(s) (axe-core, WCAG 2.1 A/AA):\n"
                + String.join("\n", violations);
    }

    private static AxeRunOptions options() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_21_AA);
        Map<String, AxeRuleOptions> experimental = new LinkedHashMap<>();
        for (String rule : EXPERIMENTAL_WCAG_RULES) {
            AxeRuleOptions enabled = new AxeRuleOptions();
            enabled.setEnabled(true);
            experimental.put(rule, enabled);
        }
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setRules(experimental);
        return options;
    }

    static List<String> describe(String page, List<Rule> rules) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : rules) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(String.format(
                        "- [%s] %s (%s): %s%n    element %s: %s",
                        page, rule.getId(), rule.getImpact(), rule.getHelp(), node.getTarget(), node.getHtml()));
            }
        }
        return lines;
    }
}
