package org.landscape.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output adapters: JSON objects for {@code --json}, and atomic file writes (write to a temporary
 * file beside the target, then move), so an interrupted or failed command leaves no half-written file.
 */
public final class Output {
    /** Shared mapper; doubles are written with full precision (shortest round-trip form). */
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    /**
     * Rounding below zero: a computed loss in \( [-10^{-10}, 0) \) is the rounding of a sum of \( O(k^2) \) kernel
     * terms of size \( O(1) \) around a true value \( L \ge 0 \) (an expectation of a square); it is shown as 0.
     * Anything more negative is shown as it is (it would be a defect).
     */
    public static final double LOSS_ROUNDING = 1e-10;

    /** @return {@code loss}, with a negative rounding residue ({@link #LOSS_ROUNDING}) shown as 0 */
    public static double loss(double loss) {
        return loss < 0 && loss >= -LOSS_ROUNDING ? 0.0 : loss;
    }

    /** The loss normalisation printed beside every loss value. */
    public static final String NORMALISATION = "L = 1/2 E[(f_W(x) - f_V(x))^2]";

    /** Group orders up to this many digits are JSON numbers (every parser reads them); longer ones are strings. */
    public static final int ORDER_DIGITS = 300;

    /**
     * Puts a group order: a JSON number up to {@link #ORDER_DIGITS} digits, beyond (Young groups at widths over a
     * few hundred) the exact integer as a string, since common JSON readers refuse longer numbers (Python: 4300
     * digits) or round them.
     */
    public static void order(ObjectNode parent, String name, java.math.BigInteger order) {
        String text = order.toString();
        if (text.length() <= ORDER_DIGITS) {
            parent.put(name, order);
        } else {
            parent.put(name, text);
        }
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Puts {@code x} into {@code parent} if it is finite, else JSON null. */
    public static void number(ObjectNode parent, String name, double x) {
        if (Double.isFinite(x)) {
            parent.put(name, x);
        } else {
            parent.putNull(name);
        }
    }

    /** @return {@code {method, accuracy, detail}}; a non-finite accuracy is written as Jackson writes it ("NaN") */
    public static ObjectNode evidence(Evidence e) {
        ObjectNode o = object();
        o.put("method", e.method());
        o.put("accuracy", e.accuracy());
        o.put("detail", e.detail());
        return o;
    }

    /** @return as {@link #evidence}, with a non-finite accuracy written as null */
    public static ObjectNode evidenceOrNullAccuracy(Evidence e) {
        ObjectNode o = evidence(e);
        number(o, "accuracy", e.accuracy());
        return o;
    }

    /** Puts {@code x} into {@code parent} as an array; @return the array. */
    public static com.fasterxml.jackson.databind.node.ArrayNode vector(ObjectNode parent, String name, double[] x) {
        var a = parent.putArray(name);
        for (double v : x) {
            a.add(v);
        }
        return a;
    }

    /** Puts {@code m} into {@code parent} as an array of rows; @return the array. */
    public static com.fasterxml.jackson.databind.node.ArrayNode matrix(ObjectNode parent, String name, double[][] m) {
        var a = parent.putArray(name);
        for (double[] row : m) {
            var r = a.addArray();
            for (double x : row) {
                r.add(x);
            }
        }
        return a;
    }

    /** @return pretty JSON text of {@code node} */
    public static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code bytes} to {@code file} atomically (parent directories are created). */
    public static void writeAtomically(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException e) {
                    // non-POSIX file system: keep the default permissions
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Writes {@code text} (UTF-8) to {@code file} atomically (parent directories are created). */
    public static void writeAtomically(Path file, String text) {
        writeAtomically(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
