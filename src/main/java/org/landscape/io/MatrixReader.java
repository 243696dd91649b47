package org.landscape.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.landscape.base.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a weight matrix (rows are neurons, columns input coordinates) from the forms every command
 * accepts: {@code identity:K}; a JSON file holding an array of rows; a CSV file (one neuron per row,
 * comma-separated; lines starting with {@code #} are comments); or an inline JSON array
 * ({@code [[1,0],[0,1]]}).
 */
public final class MatrixReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MatrixReader() {
    }

    /** Parses {@code spec}; {@code what} names the option in error messages (e.g. "--student"). */
    public static double[][] read(String spec, String what) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException(what + " is empty: give identity:K, a .json or .csv file, or [[...]]");
        }
        String s = spec.trim();
        double[][] m;
        if (s.startsWith("identity:")) {
            m = identity(s.substring("identity:".length()), what);
        } else if (s.startsWith("[")) {
            m = fromJson(s, what + " (inline JSON)");
        } else {
            Path p = Path.of(s);
            if (!Files.isRegularFile(p)) {
                throw new InvalidInputException(what + ": no such file '" + s
                        + "'; give identity:K, a .json or .csv file, or an inline [[...]]");
            }
            String text;
            try {
                text = Files.readString(p);
            } catch (IOException e) {
                throw new InvalidInputException(what + ": cannot read '" + s + "': " + e.getMessage());
            }
            m = text.trim().startsWith("[") ? fromJson(text, what + " file " + s) : fromCsv(text, what + " file " + s);
        }
        check(m, what);
        return m;
    }

    private static double[][] identity(String k, String what) {
        int n;
        try {
            n = Integer.parseInt(k.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(what + ": identity:K needs a positive integer K, got '" + k + "'");
        }
        if (n <= 0 || n > 100_000) {
            throw new InvalidInputException(what + ": identity:K needs 1 <= K <= 100000, got " + n);
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] fromJson(String text, String what) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidInputException(what + " is not valid JSON" + where + ": " + e.getOriginalMessage()
                    .replaceAll("\\s*\\(start marker at.*", "").lines().findFirst().orElse("")
                    + "; expected an array of rows like [[1,0],[0,1]]");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(what + " must be a JSON array of rows like [[1,0],[0,1]]");
        }
        double[][] m = new double[root.size()][];
        for (int i = 0; i < root.size(); i++) {
            JsonNode row = root.get(i);
            if (!row.isArray()) {
                throw new InvalidInputException(what + ": row " + i + " is not an array of numbers");
            }
            m[i] = new double[row.size()];
            for (int c = 0; c < row.size(); c++) {
                JsonNode x = row.get(c);
                if (!x.isNumber()) {
                    throw new InvalidInputException(what + ": entry (" + i + ", " + c + ") is not a number: " + x);
                }
                m[i][c] = x.asDouble();
            }
        }
        return m;
    }

    private static double[][] fromCsv(String text, String what) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\\s]+");
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                try {
                    row[c] = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(what + ", line " + (ln + 1) + ": '" + cells[c]
                            + "' is not a number (CSV: one neuron per row, comma-separated)");
                }
            }
            rows.add(row);
        }
        return rows.toArray(new double[0][]);
    }

    /** Checks non-empty, rectangular, finite. */
    public static void check(double[][] m, String what) {
        if (m.length == 0) {
            throw new InvalidInputException(what + " has no rows: give at least one neuron");
        }
        int d = m[0].length;
        if (d == 0) {
            throw new InvalidInputException(what + " has empty rows: give at least one coordinate per neuron");
        }
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != d) {
                throw new InvalidInputException(what + " is not rectangular: row " + i + " has " + m[i].length
                        + " entries but row 0 has " + d);
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(m[i][c])) {
                    throw new InvalidInputException(what + " has a non-finite entry at (" + i + ", " + c + ")");
                }
            }
        }
    }

    /** Parses a comma-separated vector such as {@code 1,0,0.5}. */
    public static double[] vector(String spec, String what) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException(what + " is empty: give comma-separated numbers like 1,0,0");
        }
        String[] cells = spec.trim().replace("[", "").replace("]", "").split("\\s*,\\s*");
        double[] v = new double[cells.length];
        for (int c = 0; c < cells.length; c++) {
            try {
                v[c] = Double.parseDouble(cells[c].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(what + ": '" + cells[c] + "' is not a number (give e.g. 1,0,0)");
            }
            if (!Double.isFinite(v[c])) {
                throw new InvalidInputException(what + ": entry " + c + " is " + v[c] + "; give finite numbers");
            }
        }
        return v;
    }
}
