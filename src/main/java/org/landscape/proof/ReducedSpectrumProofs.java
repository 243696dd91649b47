package org.landscape.proof;

import org.landscape.analysis.ReducedLossProblem;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.OrbitReducedLoss;
import org.landscape.reduced.YoungRefinement;
import org.landscape.reduced.YoungShape;
import org.landscape.reduced.YoungStructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proved Morse index and eigenvalue enclosures of the Hessian at the points of a box in \( \mathrm{Fix}(H) \), H of
 * Young type, per isotypic component and without the kd x kd Hessian. For each component the Hessian form
 * \( A_K = (D^2L[E_o, E_{o'}]) \) on \( \mathrm{Fix}(K) \) of its point stabiliser K is enclosed by the orbit sums
 * ({@link OrbitSumEnclosures}) over the box (pulled back to the orbits of K), compressed exactly to the component's
 * multiplicity space by the integer basis P of {@link IsotypicSubspaces}, \( B = P A_K P^T \), and the eigenvalues of
 * the pencil \( (B, P\,\mathrm{diag}(|o|)\,P^T) \), which are the component's eigenvalues, are enclosed with proved
 * counts ({@link PencilEnclosures}, Sylvester's law). Each eigenvalue of a component occurs \( \dim V_\lambda \) times
 * in the Hessian; the components exhaust \( M(k,d) \) (their dimensions times copies add up to kd, checked), so
 * \[ \text{Morse index} = \sum_\lambda \dim V_\lambda \cdot \#\{\text{negative eigenvalues of } B_\lambda\}, \]
 * and the smallest eigenvalue is the lowest enclosure. Block attribution is exact (no numerical basis). Cost: one
 * orbit-sum Hessian per distinct point stabiliser (at most \( 1 + 2F + F(F-1)/2 \) for F factors), independent of k.
 */
public final class ReducedSpectrumProofs {
    private ReducedSpectrumProofs() {
    }

    /**
     * One isotypic component.
     *
     * @param label     its name, e.g. {@code [93,1]x[6]}
     * @param dimension the irreducible's dimension (each eigenvalue's multiplicity)
     * @param copies    the number of copies (the pencil's size)
     * @param result    the enclosures and the inertia of the pencil
     */
    public record Block(String label, long dimension, int copies, PencilEnclosures.Result result) {
        /** @return true if the eigenvalues are enclosed and none of the enclosures contains 0 */
        public boolean proved() {
            return result.enclosed() && result.negatives() >= 0;
        }
    }

    /**
     * The outcome.
     *
     * @param blocks   per component, in the order of {@code reduced.IsotypicComponents}
     * @param spectrum the clusters of all blocks with multiplicities, ascending, overlapping ones merged (an
     *                 {@link EnclosedSpectrum} with orthogonality defect 0: the bases are exact)
     * @param reason   why the index is not proved ("" when it is)
     */
    public record Result(List<Block> blocks, EnclosedSpectrum spectrum, String reason) {
        public Result {
            blocks = List.copyOf(blocks);
        }

        /** @return true if every block is proved: the Morse index and the enclosures are theorems */
        public boolean proved() {
            return reason.isEmpty();
        }

        /** @return the Morse index, \( \sum \dim V_\lambda \cdot \) negatives (meaningful when proved) */
        public long index() {
            long n = 0;
            for (Block b : blocks) {
                n += b.dimension() * Math.max(0, b.result().negatives());
            }
            return n;
        }
    }

    /**
     * @param structure the Young structure of H (names the blocks)
     * @param teacher   the teacher's values on the teacher orbits of H (read; exact)
     * @param alpha     the slope interval
     * @param box       a box of orbit values of H (read)
     * @return the enclosures, for every point of the box and every alpha of the interval
     */
    public static Result of(YoungStructure structure, double[] teacher, Interval alpha, Interval[] box) {
        YoungShape shape = structure.shape();
        List<IsotypicComponents.Component> components = IsotypicComponents.of(shape);
        List<String> labels = ReducedLossProblem.of(structure, teacher).labels();
        List<IsotypicSubspaces.Space> spaces = IsotypicSubspaces.of(components);
        Map<String, IntervalMatrix> forms = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        long total = 0;
        String reason = "";
        for (int c = 0; c < spaces.size(); c++) {
            IsotypicSubspaces.Space s = spaces.get(c);
            IsotypicComponents.Component comp = s.component();
            YoungRefinement k = comp.refinement();
            IntervalMatrix a = forms.computeIfAbsent(java.util.Arrays.toString(k.split()),
                    key -> form(k, teacher, alpha, box));
            IntervalMatrix b = a.leftMultiply(s.basis()).rightMultiplyTranspose(s.basis());
            long dim = Math.round(comp.dimension());
            PencilEnclosures.Result r = PencilEnclosures.of(b, s.gram());
            Block block = new Block(labels.get(c), dim, comp.copies(), r);
            blocks.add(block);
            total += dim * comp.copies();
            if (reason.isEmpty() && !block.proved()) {
                reason = "block " + block.label() + ": " + (r.reason().isEmpty() ? "not enclosed" : r.reason());
            }
        }
        long kd = (long) structure.k() * structure.d();
        if (total != kd) {
            throw new IllegalStateException("the isotypic components have dimension " + total + ", not kd = " + kd);
        }
        return new Result(blocks, spectrum(blocks, kd), reason);
    }

    /** @return \( D^2L[E_o, E_{o'}] \) on Fix(K) over the box pulled back from the orbits of H */
    private static IntervalMatrix form(YoungRefinement k, double[] teacher, Interval alpha, Interval[] box) {
        YoungRefinement h = YoungRefinement.identity(k.base());
        int[] map = k.orbitMap(h);
        int[] tmap = k.teacherOrbitMap(h);
        Interval[] x = new Interval[map.length];
        for (int o = 0; o < x.length; o++) {
            x[o] = box[map[o]];
        }
        double[] v = new double[tmap.length];
        for (int o = 0; o < v.length; o++) {
            v[o] = teacher[tmap[o]];
        }
        return new OrbitSumEnclosures(k.shape(), v, alpha).over(x, OrbitReducedLoss.Order.HESSIAN).hessian();
    }

    /** The groups of all blocks with multiplicities, ascending by lower bound, overlapping ones merged. */
    private static EnclosedSpectrum spectrum(List<Block> blocks, long kd) {
        record Piece(Interval enclosure, long count, String label) {
        }
        List<Piece> pieces = new ArrayList<>();
        boolean complete = true;
        for (Block b : blocks) {
            complete &= b.result().enclosed();
            for (PencilEnclosures.Group g : b.result().groups()) {
                pieces.add(new Piece(g.enclosure(), g.count() * b.dimension(), b.label()));
            }
        }
        pieces.sort((x, y) -> Double.compare(x.enclosure().lo(), y.enclosure().lo()));
        List<SpectrumEnclosures.Cluster> clusters = new ArrayList<>();
        long first = 0;
        int i = 0;
        while (i < pieces.size()) {
            Interval e = pieces.get(i).enclosure();
            long count = pieces.get(i).count();
            Set<String> labels = new LinkedHashSet<>();
            labels.add(pieces.get(i).label());
            int j = i + 1;
            while (j < pieces.size() && pieces.get(j).enclosure().lo() <= e.hi()) {
                e = e.hull(pieces.get(j).enclosure());
                count += pieces.get(j).count();
                labels.add(pieces.get(j).label());
                j++;
            }
            clusters.add(new SpectrumEnclosures.Cluster(e, (int) first, (int) count, new ArrayList<>(labels)));
            first += count;
            i = j;
        }
        if (!complete || clusters.isEmpty()) {
            clusters.add(new SpectrumEnclosures.Cluster(Interval.ENTIRE, (int) first, (int) (kd - first),
                    List.of("not enclosed")));
            clusters.sort((x, y) -> Double.compare(x.enclosure().lo(), y.enclosure().lo()));
        }
        return new EnclosedSpectrum(clusters, 0, (int) kd);
    }
}
