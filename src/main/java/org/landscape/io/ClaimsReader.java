package org.landscape.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.landscape.base.InvalidInputException;
import org.landscape.claims.Claim;
import org.landscape.claims.ClaimKind;
import org.landscape.claims.ClaimsFile;
import org.landscape.claims.ModelReading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a claims file (JSON; schema in {@code src/main/resources/claims.schema.json}, printed by
 * {@code landscape check --schema}). Every error names the file, the line and the field.
 */
public final class ClaimsReader {
    private static final Set<String> TOP = Set.of("title", "source", "model", "family", "claims", "$schema",
            "subgroup", "start", "start_at");
    private static final Set<String> MODEL = Set.of("parameter", "slope", "loss_normalisation", "teacher_activation",
            "teacher");
    private static final Set<String> CLAIM = Set.of("id", "kind", "text", "interval", "open", "k", "values",
            "components", "types", "at", "orbit_types", "direction", "student", "loss", "tolerance");

    /** A JSON value with the line it started on. */
    private record Node(Object value, int line) {
    }

    /** Largest claims file read. */
    private static final long MAX_BYTES = 16L << 20;

    private final String file;
    private final Path folder;

    private ClaimsReader(String file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    /**
     * Reads and validates {@code path}. Files it names ({@code start}, {@code student}) are resolved against the
     * claims file's folder and must lie inside it after symbolic links are resolved; no error message quotes them.
     */
    public static ClaimsFile read(Path path) {
        if (Files.isDirectory(path)) {
            throw new InvalidInputException("claims file " + path + " is a folder: give a .json claims file");
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException("claims file " + path + ": no such file (check the path)");
        }
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InvalidInputException("claims file " + path + " is larger than 16 MB: not a claims file");
            }
            text = Files.readString(path);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException("claims file " + path + " is not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read claims file " + path + " (" + e.getClass().getSimpleName()
                    + ")");
        }
        Path folder = path.toAbsolutePath().normalize().getParent();
        return new ClaimsReader(path.toString(), folder).parse(text);
    }

    /** Parses claims from text ({@code name} is used in messages; files it names are confined to the working folder). */
    public static ClaimsFile parse(String text, String name) {
        return new ClaimsReader(name, Path.of("").toAbsolutePath()).parse(text);
    }

    private ClaimsFile parse(String text) {
        Node root;
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() == null) {
                throw new InvalidInputException(file + ":1: the file is empty: give a claims object (see the schema)");
            }
            root = node(p);
            if (p.nextToken() != null) {
                throw new InvalidInputException(file + ":" + p.currentLocation().getLineNr() + ": there is more text "
                        + "after the end of the claims object: remove it");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(file + ":" + JsonErrors.line(e) + ": not valid JSON ("
                    + JsonErrors.describe(e) + ")");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot parse (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, Node> top = object(root, "the top level");
        unknown(top, TOP, "top level");
        ModelReading model = model(top.get("model"));
        String family = top.containsKey("family") ? string(top.get("family"), "family") : "global-minimum";
        if (!Set.of("global-minimum", "symmetric", "point").contains(family)) {
            throw error(top.get("family"), "family", "unknown family '" + family
                    + "'; use global-minimum, symmetric (with subgroup and start) or point");
        }
        String subgroup = "";
        double[][] start = null;
        double startAt = 0;
        if (family.equals("symmetric")) {
            if (!top.containsKey("subgroup") || !top.containsKey("start")) {
                throw error(root, top.containsKey("subgroup") ? "start" : "subgroup", "missing: a symmetric family needs "
                        + "\"subgroup\" (e.g. DeltaS6) and \"start\" (identity:K, a .json/.csv file or [[...]])");
            }
            subgroup = string(top.get("subgroup"), "subgroup");
            start = MatrixReader.read(string(top.get("start"), "start"), file + ":" + top.get("start").line()
                    + ": field 'start'", folder);
            startAt = top.containsKey("start_at") ? number(top.get("start_at"), "start_at") : 0;
        }
        Node claimsNode = top.get("claims");
        if (claimsNode == null) {
            throw error(root, "claims", "missing: give a list of claims");
        }
        List<Claim> claims = new ArrayList<>();
        for (Node c : array(claimsNode, "claims")) {
            claims.add(claim(c, claims.size()));
        }
        return new ClaimsFile(top.containsKey("title") ? string(top.get("title"), "title") : "",
                top.containsKey("source") ? string(top.get("source"), "source") : "", model, family, claims, file,
                subgroup, start, startAt);
    }

    private ModelReading model(Node n) {
        ModelReading std = ModelReading.standard();
        if (n == null) {
            return std;
        }
        Map<String, Node> m = object(n, "model");
        unknown(m, MODEL, "model");
        String norm = m.containsKey("loss_normalisation") ? string(m.get("loss_normalisation"), "loss_normalisation")
                : "half";
        if (!Set.of("half", "mean").contains(norm)) {
            throw error(m.get("loss_normalisation"), "loss_normalisation", "'" + norm + "' is not one of half (L = 1/2 E[...]) "
                    + "or mean (L = E[...])");
        }
        String teacher = m.containsKey("teacher") ? string(m.get("teacher"), "teacher") : "identity";
        if (!teacher.equals("identity")) {
            throw error(m.get("teacher"), "teacher", "only 'identity' (V = I_k) is supported for claims files");
        }
        String slope = m.containsKey("slope") ? string(m.get("slope"), "slope") : "a";
        checkSlope(slope, m.get("slope"));
        String act = m.containsKey("teacher_activation") ? string(m.get("teacher_activation"), "teacher_activation") : "same";
        return new ModelReading(m.containsKey("parameter") ? string(m.get("parameter"), "parameter") : "alpha", slope,
                norm, act, teacher);
    }

    private void checkSlope(String slope, Node where) {
        if (!slope.matches("[a0-9+\\-*/^(). ]+")) {
            throw error(where, "slope", "'" + slope + "' must be an expression in the parameter a, e.g. a, 1 - a, 1/a");
        }
    }

    private Claim claim(Node n, int index) {
        Map<String, Node> m = object(n, "claims[" + index + "]");
        unknown(m, CLAIM, "claim");
        String id = m.containsKey("id") ? string(m.get("id"), "id") : "claim-" + (index + 1);
        if (!m.containsKey("kind")) {
            throw error(n, "kind", "missing in claim '" + id + "': use one of critical-numbers, no-instability, "
                    + "width-independent, orbit-types, branch-direction, minimum");
        }
        String kindName = string(m.get("kind"), "kind");
        ClaimKind kind = ClaimKind.fromJson(kindName);
        if (kind == null) {
            throw error(m.get("kind"), "kind", "unknown claim kind '" + kindName + "': use one of critical-numbers, "
                    + "no-instability, width-independent, orbit-types, branch-direction, minimum");
        }
        double lo = -3;
        double hi = 3;
        if (m.containsKey("interval")) {
            List<Node> iv = array(m.get("interval"), "interval");
            if (iv.size() != 2) {
                throw error(m.get("interval"), "interval", "expected [lo, hi]");
            }
            lo = number(iv.get(0), "interval");
            hi = number(iv.get(1), "interval");
            if (!(lo < hi)) {
                throw error(m.get("interval"), "interval", "lo must be below hi, got [" + lo + ", " + hi + "]");
            }
        }
        List<Integer> ks = new ArrayList<>();
        int kFrom = 0;
        if (m.containsKey("k")) {
            Node kn = m.get("k");
            if (kn.value() instanceof Map<?, ?>) {
                Map<String, Node> km = object(kn, "k");
                unknown(km, Set.of("from", "to"), "k");
                int from = (int) number(km.get("from"), "k.from");
                if (km.containsKey("to")) {
                    int to = (int) number(km.get("to"), "k.to");
                    for (int k = from; k <= to; k++) {
                        ks.add(k);
                    }
                } else {
                    kFrom = from;
                }
            } else if (kn.value() instanceof List<?>) {
                for (Node x : array(kn, "k")) {
                    ks.add((int) number(x, "k"));
                }
            } else {
                ks.add((int) number(kn, "k"));
            }
        } else if (kind != ClaimKind.MINIMUM) {
            ks.add(5);
        }
        for (int k : ks) {
            if (k < 4 || k > 60) {
                throw error(m.get("k"), "k", "width " + k + " is outside 4..60 (the Specht structure of M(k,k) needs k >= 4)");
            }
        }
        if (kFrom != 0 && kFrom < 4) {
            throw error(m.get("k"), "k", "k.from must be at least 4, got " + kFrom);
        }
        double[][] student = null;
        if (m.containsKey("student")) {
            student = MatrixReader.read(string(m.get("student"), "student"), file + ":" + m.get("student").line()
                    + ": field 'student'", folder);
        } else if (kind == ClaimKind.MINIMUM) {
            throw error(n, "student", "missing in claim '" + id + "': a minimum claim needs the point (identity:K, a file or [[...]])");
        }
        if ((kind == ClaimKind.ORBIT_TYPES || kind == ClaimKind.BRANCH_DIRECTION) && !m.containsKey("at")) {
            throw error(n, "at", "missing in claim '" + id + "': give the critical number the claim is about");
        }
        if (kind == ClaimKind.MINIMUM && !m.containsKey("at")) {
            throw error(n, "at", "missing in claim '" + id + "': give the parameter value of the point");
        }
        return new Claim(id, kind, n.line(), m.containsKey("text") ? string(m.get("text"), "text") : "", lo, hi,
                m.containsKey("open") && bool(m.get("open"), "open"), List.copyOf(ks), kFrom,
                numbers(m.get("values"), "values"), strings(m.get("components"), "components"),
                strings(m.get("types"), "types"), m.containsKey("at") ? number(m.get("at"), "at") : Double.NaN,
                strings(m.get("orbit_types"), "orbit_types"),
                m.containsKey("direction") ? string(m.get("direction"), "direction") : "", student,
                m.containsKey("loss") ? number(m.get("loss"), "loss") : Double.NaN,
                m.containsKey("tolerance") ? number(m.get("tolerance"), "tolerance") : 1e-9);
    }

    // ---- generic located JSON -------------------------------------------------------------------

    private Node node(JsonParser p) throws IOException {
        int line = p.currentLocation().getLineNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Node> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int fl = p.currentLocation().getLineNr();
                p.nextToken();
                Node v = node(p);
                m.put(name, new Node(v.value(), fl));
            }
            return new Node(m, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(node(p));
            }
            return new Node(l, line);
        }
        return switch (t) {
            case VALUE_STRING -> new Node(p.getText(), line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node(p.getDoubleValue(), line);
            case VALUE_TRUE -> new Node(Boolean.TRUE, line);
            case VALUE_FALSE -> new Node(Boolean.FALSE, line);
            default -> new Node(null, line);
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Node> object(Node n, String field) {
        if (n == null || !(n.value() instanceof Map<?, ?>)) {
            throw error(n, field, "expected an object {...}");
        }
        return (Map<String, Node>) n.value();
    }

    @SuppressWarnings("unchecked")
    private List<Node> array(Node n, String field) {
        if (n == null || !(n.value() instanceof List<?>)) {
            throw error(n, field, "expected a list [...]");
        }
        return (List<Node>) n.value();
    }

    private String string(Node n, String field) {
        if (n == null || !(n.value() instanceof String s)) {
            throw error(n, field, "expected a string");
        }
        return s;
    }

    private double number(Node n, String field) {
        if (n == null || !(n.value() instanceof Double d)) {
            throw error(n, field, "expected a number");
        }
        if (!Double.isFinite(d)) {
            throw error(n, field, "expected a finite number");
        }
        return d;
    }

    private boolean bool(Node n, String field) {
        if (!(n.value() instanceof Boolean b)) {
            throw error(n, field, "expected true or false");
        }
        return b;
    }

    private List<Double> numbers(Node n, String field) {
        List<Double> out = new ArrayList<>();
        if (n != null) {
            for (Node x : array(n, field)) {
                out.add(number(x, field));
            }
        }
        return List.copyOf(out);
    }

    private List<String> strings(Node n, String field) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            for (Node x : array(n, field)) {
                out.add(string(x, field));
            }
        }
        return List.copyOf(out);
    }

    private void unknown(Map<String, Node> m, Set<String> allowed, String where) {
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw error(e.getValue(), e.getKey(), "unknown field in " + where + "; allowed: " + allowed);
            }
        }
    }

    private InvalidInputException error(Node n, String field, String what) {
        return new InvalidInputException(file + ":" + (n == null ? 1 : n.line()) + ": field '" + field + "': " + what);
    }
}
