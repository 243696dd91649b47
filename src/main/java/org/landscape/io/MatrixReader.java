package org.landscape.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.landscape.base.ConfinedPaths;
import org.landscape.base.InvalidInputException;
import org.landscape.base.MemoryBudget;
import org.landscape.base.Require;

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
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Largest weight-matrix file read (64 MB: a 1000 x 1000 matrix in JSON is about 20 MB). */
    static final long MAX_FILE_BYTES = 64L << 20;

    private MatrixReader() {
    }

    /** Parses {@code spec}; {@code what} names the option in error messages (e.g. "--student"). */
    public static double[][] read(String spec, String what) {
        return read(spec, what, null);
    }

    /**
     * As {@link #read(String, String)}, with file names resolved against {@code folder} and confined to it after
     * symbolic links are resolved ({@link ConfinedPaths}); {@code null} reads any file, relative to the working folder.
     */
    public static double[][] read(String spec, String what, Path folder) {
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
            Path p;
            try {
                p = folder == null ? Path.of(s) : ConfinedPaths.resolve(folder, s, what);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InvalidInputException(what + ": '" + s + "' is not a valid file name");
            }
            String text = readFile(p, s, what);
            String where = what + " file " + s;
            m = text.isBlank() ? new double[0][] : text.trim().startsWith("[") ? fromJson(text, where)
                    : fromCsv(text, where);
            if (m.length == 0) {
                throw new InvalidInputException(where + " holds no rows: give one neuron per row ([[...],...] or CSV)");
            }
        }
        check(m, what);
        return m;
    }

    private static String readFile(Path p, String asWritten, String what) {
        if (Files.isDirectory(p)) {
            throw new InvalidInputException(what + ": '" + asWritten + "' is a folder, not a file; give a .json or .csv "
                    + "file inside it, identity:K or an inline [[...]]");
        }
        if (!Files.exists(p)) {
            throw new InvalidInputException(what + ": no such file '" + asWritten
                    + "'; give identity:K, a .json or .csv file, or an inline [[...]]");
        }
        try {
            long size = Files.size(p);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidInputException(what + ": '" + asWritten + "' has " + size + " bytes, more than a "
                        + "weight matrix file may have (" + MAX_FILE_BYTES + ")");
            }
            return Files.readString(p);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(what + ": '" + asWritten + "' is not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new InvalidInputException(what + ": cannot read '" + asWritten + "' ("
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName())
                    + ")");
        }
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
        MemoryBudget.require(MemoryBudget.doubles(n, n), what + " identity:" + n + " (a " + n + " x " + n
                + " matrix)", "use a smaller K");
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
            throw new InvalidInputException(what + " is not valid JSON (" + JsonErrors.describe(e)
                    + "); expected an array of rows like [[1,0],[0,1]]");
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
                    throw new InvalidInputException(what + ": entry (" + i + ", " + c + ") is not a number");
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
                    throw new InvalidInputException(what + ", line " + (ln + 1) + ", field " + (c + 1)
                            + ": not a number (CSV: one neuron per row, comma-separated)");
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
                Require.moderate(m[i][c], what + " entry (" + i + ", " + c + ")");
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
            Require.moderate(v[c], what + " entry " + c);
        }
        return v;
    }
}
