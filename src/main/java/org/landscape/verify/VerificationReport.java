package org.landscape.verify;

import java.util.List;
import java.util.Locale;

/**
 * The result of a {@link VerificationSuite} run: one {@link Check} per (formula, method) pair that applies.
 *
 * @param settings      the settings used
 * @param checks        the table rows, in {@link Formula} then {@link VerificationMethod} order
 * @param kernelCases   number of kernel cases run
 * @param networkCases  number of network cases run
 * @param elapsedMillis wall-clock time
 */
public record VerificationReport(VerificationSettings settings, List<Check> checks, int kernelCases,
                                 int networkCases, long elapsedMillis) {
    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /** @return true iff every check passed */
    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** @return the checks that failed */
    public List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** @return the check for (formula, method), if that pair applies */
    public java.util.Optional<Check> check(Formula f, VerificationMethod m) {
        return checks.stream().filter(c -> c.formula() == f && c.method() == m).findFirst();
    }

    /**
     * @return a plain-text table: formula, method, measure, max error, tolerance, the reference's own accuracy
     *         (relative to scale), cases, verdict, worst case
     */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %-19s %-5s %11s %9s %9s %6s  %-4s %s%n", "formula", "method",
                "err", "max", "tol", "ref acc", "cases", "ok", "worst case"));
        for (Check c : checks) {
            sb.append(String.format(Locale.ROOT, "%-14s %-19s %-5s %11.3e %9.1e %9.1e %6d  %-4s %s%n",
                    c.formula().label(), c.method().label(), c.method().measure(), c.maxError(), c.tolerance(),
                    c.referenceAccuracy(), c.cases(), c.passed() ? "PASS" : "FAIL", c.worstCase()));
        }
        sb.append(String.format(Locale.ROOT, "%s: %d kernel cases, %d networks, %d Monte Carlo samples, %.1f s%n",
                passed() ? "PASSED" : "FAILED", kernelCases, networkCases, settings.monteCarloSamples(),
                elapsedMillis / 1000.0));
        return sb.toString();
    }
}
