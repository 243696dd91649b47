package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.verify.Check;
import org.landscape.verify.VerificationReport;

/**
 * JSON form of a {@link VerificationReport}: {@code passed}, case counts, settings, and one object per check
 * ({@code formula}, {@code method}, {@code measure}, {@code maxError} (null if not finite), {@code tolerance},
 * {@code referenceAccuracy}, {@code cases}, {@code passed}, {@code worstCase}).
 */
public final class VerificationReportJson {
    private VerificationReportJson() {
    }

    /** @return the report as a JSON object */
    public static ObjectNode of(VerificationReport r) {
        ObjectNode o = Output.object();
        o.put("passed", r.passed());
        o.put("size", r.settings().size().name().toLowerCase(java.util.Locale.ROOT));
        o.put("kernelCases", r.kernelCases());
        o.put("networkCases", r.networkCases());
        o.put("monteCarloSamples", r.settings().monteCarloSamples());
        o.put("seed", r.settings().seed());
        o.put("elapsedMillis", r.elapsedMillis());
        ArrayNode checks = o.putArray("checks");
        for (Check c : r.checks()) {
            ObjectNode n = checks.addObject();
            n.put("formula", c.formula().label());
            n.put("method", c.method().label());
            n.put("measure", c.method().measure());
            if (Double.isFinite(c.maxError())) {
                n.put("maxError", c.maxError());
            } else {
                n.putNull("maxError");
            }
            n.put("tolerance", c.tolerance());
            n.put("referenceAccuracy", c.referenceAccuracy());
            n.put("cases", c.cases());
            n.put("passed", c.passed());
            n.put("worstCase", c.worstCase());
        }
        return o;
    }
}
