import com.fasterxml.jackson.databind.ObjectMapper;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.SubgroupActions;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.YoungFamily;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalLoss;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.proof.CriticalNumberProof;
import org.landscape.proof.CriticalNumberProofs;
import org.landscape.proof.CriticalPointProof;
import org.landscape.proof.CriticalPointProofs;
import org.landscape.proof.FamilyProof;
import org.landscape.proof.Krawczyk;
import org.landscape.proof.ValidatedContinuation;
import org.landscape.proof.check.CertificateChecker;
import org.landscape.rep.WeightMatrixAction;

import java.io.File;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Issue 17: timings of the proofs (plain harness, not JMH: each case runs once cold and then {@code REPEATS} times;
 * the table shows the cold time, the median of the warm runs, and what was reached). Run by bench/proofs-bench.sh.
 */
public final class ProofsBench {
    private static final int REPEATS = 3;

    private static <T> T time(String name, Supplier<T> run, java.util.function.Function<T, String> result) {
        long t0 = System.nanoTime();
        T r = run.get();
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] warm = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            r = run.get();
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf("| %s | %.0f | %.0f | %s |%n", name, cold, warm[REPEATS / 2], result.apply(r));
        return r;
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        double[][] v6 = Matrices.identity(6);
        double[][] w6 = CriticalPointSearch.newton(om.readValue(new File("examples/spurious-minima/spurious-k6.json"),
                double[][].class), v6, 0.0, Optional.empty(), CriticalPointSearch.DEFAULT_SETTINGS).w();
        System.out.println("| case | cold ms | warm median ms | reached |");
        System.out.println("|---|---|---|---|");
        time("interval Hessian k = n = d = 6 (thin box)", () -> new IntervalLoss<>(Interval.FIELD, v6).evaluate(
                box(w6), Interval.point(0), IntervalLoss.Order.HESSIAN), r -> "36 x 36 enclosures");
        time("double Hessian k = n = d = 6 (compiled model)", () -> {
            double[] h = new double[36 * 36];
            Models.loss(0.0, v6).hessian(w6, h);
            return h;
        }, r -> "for comparison");
        CriticalPointProof p = time("spurious minimum k = 6, M(6,6) (36 unknowns)", () -> CriticalPointProofs.prove(
                w6, v6, Interval.point(0), Optional.empty(), CriticalPointProofs.DEFAULT_SETTINGS), ProofsBench::summary);
        int[] perm = {0, 2, 3, 4, 5, 1};
        double[][] ws = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int c = 0; c < 6; c++) {
                ws[i][c] = w6[perm[i]][perm[c]];
            }
        }
        WeightMatrixAction a5 = SubgroupActions.onWeights("Delta(S5xS1)", 6, 6);
        time("spurious minimum k = 6, Fix(Delta(S5xS1)) (5 unknowns)", () -> CriticalPointProofs.prove(ws, v6,
                Interval.point(0), Optional.of(a5), CriticalPointProofs.DEFAULT_SETTINGS), ProofsBench::summary);
        YoungFamily typeA = YoungFamily.parse("Delta(S{k-1}xS1)");
        var members = WidthFamily.follow(typeA, w6, 0.0, 20, false, m -> { });
        double[][] w20 = members.get(members.size() - 1).point().w();
        WeightMatrixAction a19 = WeightMatrixAction.of(typeA.group(20), 20, 20);
        time("type-A minimum k = 20, Fix(Delta(S19xS1)) (5 unknowns, 400 x 400 Hessian)", () -> CriticalPointProofs
                .prove(w20, Matrices.identity(20), Interval.point(0), Optional.of(a19),
                        CriticalPointProofs.DEFAULT_SETTINGS), ProofsBench::summary);
        double[][] s6 = om.readValue(new File("examples/liu-leaky-relu/deltaS6-start.json"), double[][].class);
        WeightMatrixAction d6 = SubgroupActions.onWeights("DeltaS6", 6, 6);
        time("Delta S6 critical number (extended system, 8 unknowns)", () -> CriticalNumberProofs.prove(v6, d6, s6,
                -0.68691, "5,1", Krawczyk.DEFAULT_SETTINGS), (CriticalNumberProof c) -> String.format(
                "%s; alpha* in %s (width %.1e), transversal %s", c.existence(), c.alpha(), c.alpha().width(),
                c.transversal()));
        time("validated continuation Delta S6, alpha -0.67 -> -0.70", () -> ValidatedContinuation.run(v6, d6, s6,
                -0.67, -0.70, ValidatedContinuation.DEFAULT_SETTINGS), (FamilyProof f) -> f.verdict() + ", "
                + f.segments().size() + " tubes, " + f.crossings().size() + " crossing");
        time("independent re-check of the k = 6 certificate (apfloat, 50 digits)", () -> CertificateChecker.check(
                p.certificate()), r -> r.confirmed() ? "confirmed" : "NOT confirmed");
        System.exit(0);
    }

    private static Interval[] box(double[][] w) {
        Interval[] b = new Interval[w.length * w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int c = 0; c < w[0].length; c++) {
                b[i * w[0].length + c] = Interval.point(w[i][c]);
            }
        }
        return b;
    }

    private static String summary(CriticalPointProof p) {
        return String.format("%s, index %s; box radius %.1e, loss width %.1e, smallest eigenvalue width %.1e",
                p.proved() ? "proved" : "NOT proved", p.morseIndex(), p.boxRadius(), p.loss().width(),
                p.spectrum().map(s -> s.smallest().width()).orElse(Double.NaN));
    }
}
