package org.landscape.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the library's parameter names meet the command line's options. Library messages name a
 * parameter of the API in back-quotes ({@code `maxSteps` = 0 is outside 1..10^6}); on the command line the option
 * that sets it is shown instead ({@code --max-steps = 0 is outside 1..10^6}). A name without an option here is shown
 * without the quotes.
 */
final class Flags {
    /** API parameter name -> option. */
    static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("alpha", "--alpha"),
            Map.entry("alphaStart", "--alpha"),
            Map.entry("alphaEnd", "--to"),
            Map.entry("maxSteps", "--max-steps"),
            Map.entry("maxStep", "--max-step"),
            Map.entry("switchSteps", "--switch-steps"),
            Map.entry("student", "--student"),
            Map.entry("teacher", "--teacher"),
            Map.entry("fix", "--fix"),
            Map.entry("project", "--project"),
            Map.entry("k", "--k"),
            Map.entry("n", "--n"),
            Map.entry("d", "--d"),
            Map.entry("inits", "--inits"),
            Map.entry("neuron", "--split"),
            Map.entry("ratio", "--ratio"),
            Map.entry("addZero", "--add-zero"),
            Map.entry("time", "--time"));

    private static final Pattern QUOTED = Pattern.compile("`(\\w+)`");

    private Flags() {
    }

    /** @return {@code message} with each back-quoted parameter name replaced by its option */
    static String forCommandLine(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = QUOTED.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(OPTIONS.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }
}
