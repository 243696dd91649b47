package org.landscape.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.InvalidInputException;
import org.landscape.interval.Interval;
import org.landscape.proof.Certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The certificate file of {@code --certificate FILE}: JSON with a format tag, the model, the unknowns, the
 * Krawczyk box and the claims of a {@link Certificate}. Doubles are written in their shortest round-trip form, so
 * reading gives back the same bits. Reading validates every field and names the first bad one (exit code 2).
 */
public final class CertificateJson {
    /** Format tag written into every certificate. */
    public static final String FORMAT = "landscape-certificate/1";

    private CertificateJson() {
    }

    /** @return the JSON of a certificate */
    public static ObjectNode write(Certificate c) {
        ObjectNode o = Output.object();
        o.put("format", FORMAT);
        o.put("kind", c.kind());
        o.put("normalisation", "L = 1/2 E[(f_W(x) - f_V(x))^2]");
        o.set("alpha", ProofJson.interval(c.alpha()));
        matrix(o.putArray("teacher"), c.teacher());
        o.put("k", c.k());
        c.basis().ifPresent(b -> {
            ArrayNode a = o.putArray("basis");
            for (int[] row : b) {
                ArrayNode r = a.addArray();
                for (int x : row) {
                    r.add(x);
                }
            }
        });
        ArrayNode g = o.putArray("generators");
        for (int[] t : c.generators()) {
            ArrayNode r = g.addArray();
            for (int x : t) {
                r.add(x);
            }
        }
        ArrayNode center = o.putArray("center");
        for (double x : c.center()) {
            center.add(x);
        }
        o.put("radius", c.radius());
        ObjectNode claims = o.putObject("claims");
        claims.set("loss", ProofJson.interval(c.loss()));
        claims.put("morse_index", c.morseIndex());
        claims.set("smallest_eigenvalue", ProofJson.interval(c.smallestEigenvalue()));
        o.put("meaning", "F(y) = B^T grad L(B y) (B = identity when no basis is given) has exactly one zero in the box "
                + "center + [-radius, radius]^m; at it the loss lies in claims.loss, the Hessian has claims.morse_index "
                + "negative eigenvalues (-1: not claimed) and its smallest eigenvalue lies in claims.smallest_eigenvalue; "
                + "for every alpha in the interval alpha. Re-check with: landscape verify-certificate FILE");
        return o;
    }

    private static void matrix(ArrayNode a, double[][] m) {
        for (double[] row : m) {
            ArrayNode r = a.addArray();
            for (double x : row) {
                r.add(x);
            }
        }
    }

    /** Writes the certificate to {@code file} atomically. */
    public static void write(Certificate c, Path file) {
        Output.writeAtomically(file, (Output.json(write(c)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** @return the certificate in {@code file}; a malformed file is an {@link InvalidInputException} naming the field */
    public static Certificate read(Path file) {
        JsonNode root;
        try {
            root = Output.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidInputException("cannot read certificate " + file + ": " + e.getMessage().lines()
                    .findFirst().orElse(""));
        }
        String where = file.toString();
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new InvalidInputException(where + ": not a Landscape certificate (field 'format' must be '" + FORMAT
                    + "')");
        }
        String kind = text(root, "kind", where);
        if (!Certificate.CRITICAL_POINT.equals(kind)) {
            throw new InvalidInputException(where + ": field 'kind': unknown kind '" + kind + "'");
        }
        Interval alpha = interval(root.path("alpha"), "alpha", where);
        double[][] teacher = matrix(root.path("teacher"), "teacher", where);
        int k = root.path("k").asInt(-1);
        int d = teacher[0].length;
        if (k < 1) {
            throw new InvalidInputException(where + ": field 'k' must be a positive integer");
        }
        Optional<int[][]> basis = Optional.empty();
        if (root.has("basis")) {
            int[][] b = ints(root.path("basis"), "basis", where);
            for (int[] row : b) {
                if (row.length != k * d) {
                    throw new InvalidInputException(where + ": field 'basis': rows must have k*d = " + k * d + " entries");
                }
            }
            basis = Optional.of(b);
        }
        List<int[]> generators = new ArrayList<>(List.of(ints(root.path("generators"), "generators", where)));
        double[] center = vector(root.path("center"), "center", where);
        int m = basis.map(b -> b.length).orElse(k * d);
        if (center.length != m) {
            throw new InvalidInputException(where + ": field 'center' has " + center.length + " entries, expected " + m);
        }
        double radius = root.path("radius").asDouble(Double.NaN);
        if (!(radius >= 0) || !Double.isFinite(radius)) {
            throw new InvalidInputException(where + ": field 'radius' must be a finite number >= 0");
        }
        JsonNode claims = root.path("claims");
        return new Certificate(kind, alpha, teacher, k, basis, generators, center, radius,
                interval(claims.path("loss"), "claims.loss", where), claims.path("morse_index").asInt(-1),
                interval(claims.path("smallest_eigenvalue"), "claims.smallest_eigenvalue", where));
    }

    private static String text(JsonNode n, String field, String where) {
        if (!n.path(field).isTextual()) {
            throw new InvalidInputException(where + ": field '" + field + "' is missing or not a string");
        }
        return n.path(field).asText();
    }

    private static double number(JsonNode n, String field, String where) {
        if (n.isTextual() && n.asText().matches("-?Infinity")) {
            return Double.parseDouble(n.asText());
        }
        if (!n.isNumber()) {
            throw new InvalidInputException(where + ": field '" + field + "' must hold numbers");
        }
        return n.asDouble();
    }

    private static Interval interval(JsonNode n, String field, String where) {
        if (!n.isArray() || n.size() != 2) {
            throw new InvalidInputException(where + ": field '" + field + "' must be [lo, hi]");
        }
        double lo = number(n.get(0), field, where);
        double hi = number(n.get(1), field, where);
        if (!(lo <= hi)) {
            throw new InvalidInputException(where + ": field '" + field + "' is not an interval: [" + lo + ", " + hi
                    + "]");
        }
        return Double.isInfinite(lo) || Double.isInfinite(hi) ? Interval.ENTIRE : Interval.of(lo, hi);
    }

    private static double[] vector(JsonNode n, String field, String where) {
        if (!n.isArray() || n.size() == 0) {
            throw new InvalidInputException(where + ": field '" + field + "' must be a non-empty array of numbers");
        }
        double[] x = new double[n.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = number(n.get(i), field, where);
            if (!Double.isFinite(x[i])) {
                throw new InvalidInputException(where + ": field '" + field + "' must hold finite numbers");
            }
        }
        return x;
    }

    private static double[][] matrix(JsonNode n, String field, String where) {
        if (!n.isArray() || n.size() == 0) {
            throw new InvalidInputException(where + ": field '" + field + "' must be a non-empty array of rows");
        }
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(n.get(i), field, where);
            if (m[i].length != m[0].length) {
                throw new InvalidInputException(where + ": field '" + field + "' has rows of different lengths");
            }
        }
        return m;
    }

    private static int[][] ints(JsonNode n, String field, String where) {
        if (!n.isArray()) {
            throw new InvalidInputException(where + ": field '" + field + "' must be an array of integer rows");
        }
        int[][] m = new int[n.size()][];
        for (int i = 0; i < m.length; i++) {
            JsonNode r = n.get(i);
            if (!r.isArray()) {
                throw new InvalidInputException(where + ": field '" + field + "' must be an array of integer rows");
            }
            m[i] = new int[r.size()];
            for (int j = 0; j < m[i].length; j++) {
                if (!r.get(j).isIntegralNumber()) {
                    throw new InvalidInputException(where + ": field '" + field + "' must hold integers");
                }
                m[i][j] = r.get(j).asInt();
            }
        }
        return m;
    }
}
