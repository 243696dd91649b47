package org.landscape.cli;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.io.MatrixReader;
import picocli.CommandLine.Option;

/** Options shared by every command that evaluates the model (names are part of the interface). */
final class ModelOptions {
    @Option(names = "--alpha", required = true, paramLabel = "A",
            description = "leaky slope alpha: sigma(z) = z for z >= 0, alpha z for z < 0 (any finite real)")
    String alpha;

    @Option(names = "--student", paramLabel = "W",
            description = "student weights W (k x d): identity:K, a .json file [[...],...], a .csv file, or inline [[...]]")
    String student;

    @Option(names = "--teacher", paramLabel = "V", defaultValue = "",
            description = "teacher weights V (n x d), same forms as --student (default: identity:d)")
    String teacher;

    double alpha() {
        return parseAlpha(alpha);
    }

    static double parseAlpha(String s) {
        double a;
        try {
            a = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--alpha: '" + s + "' is not a number; give a finite real such as 0.1");
        }
        return Require.moderate(a, "--alpha");
    }

    double[][] student() {
        if (student == null) {
            throw new InvalidInputException("--student is required: give identity:K, a .json/.csv file or [[...]]");
        }
        return MatrixReader.read(student, "--student");
    }

    double[][] teacher(int d) {
        if (teacher == null || teacher.isBlank()) {
            return MatrixReader.read("identity:" + d, "--teacher");
        }
        return MatrixReader.read(teacher, "--teacher");
    }

    /** @return {W, V}, with the input dimensions checked against each other */
    double[][][] studentAndTeacher() {
        double[][] w = student();
        double[][] v = teacher(w[0].length);
        if (v[0].length != w[0].length) {
            throw new InvalidInputException("student has input dimension d = " + w[0].length + " but teacher has d = "
                    + v[0].length + ": rows of --student and --teacher must have the same length");
        }
        return new double[][][]{w, v};
    }
}
