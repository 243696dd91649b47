package org.landscape.proof;

import org.landscape.base.InvalidInputException;
import org.landscape.continuation.IsotypicTestFunctions;
import org.landscape.group.SubgroupClass;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalJet;
import org.landscape.interval.IntervalMatrix;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Validated continuation of a G-symmetric family of critical points in alpha (issue 17 item 4): the interval from
 * the start to the target is covered by tubes ({@link BranchTube}, parametrised Krawczyk in Fix(G) with the exact
 * basis), chained so that consecutive tubes hold the same branch (at the common alpha, the enclosure of one tube
 * lies in the uniqueness box of the other). On each tube the full Hessian is enclosed and its eigenvalues are
 * enclosed block by block ({@link SpectrumEnclosures}, G's isotypic decomposition): if no enclosure contains 0 the
 * Morse index is constant and proved there; if exactly one cluster does, made of one eigenvalue of one block V
 * (cluster size = dim V, attributed by counting), the eigenvalue is followed in Fix(K), K isolating one copy of V
 * ({@link CriticalNumberProofs#isolating}), and {@link CrossingMonotonicity} proves at most one simple zero and
 * counts it by the signs at the ends. Otherwise the step is halved. Each crossing tube then gets its critical number
 * enclosed tightly by {@link CriticalNumberProofs}. Two crossings inside one step cannot be missed: every tube
 * either excludes all zeros or proves exactly one.
 *
 * <p>Steps adapt in [minStep, maxStep] (x1.5 after success, /2 after failure). The numerical branch is followed by
 * Newton in double precision with a tangent predictor; a fold in alpha or a branch end stops the run (not proved
 * beyond it). Cost at k = 6 in Fix(Delta S6): about 0.1-0.3 s per tube.
 */
public final class ValidatedContinuation {
    /**
     * Settings.
     *
     * @param initialStep first |Delta alpha|
     * @param minStep     smallest step before giving up
     * @param maxStep     largest step
     * @param maxTubes    most tubes tried
     */
    public record Settings(double initialStep, double minStep, double maxStep, int maxTubes) {
        public Settings {
            if (!(minStep > 0 && minStep <= initialStep && initialStep <= maxStep && Double.isFinite(maxStep))) {
                throw new InvalidInputException("steps must satisfy 0 < minStep <= initialStep <= maxStep, got "
                        + minStep + ", " + initialStep + ", " + maxStep);
            }
            if (maxTubes < 1) {
                throw new InvalidInputException("maxTubes must be positive, got " + maxTubes);
            }
        }
    }

    /** Default: steps 0.02 in [1e-6, 0.1], at most 4000 tubes. */
    public static final Settings DEFAULT_SETTINGS = new Settings(0.02, 1e-6, 0.1, 4000);
    private static final Krawczyk.Settings TUBE_KRAWCZYK = new Krawczyk.Settings(30, 1e-15, 1e-2, 1);

    private ValidatedContinuation() {
    }

    /**
     * @param teacher  V (read)
     * @param g        the family's symmetry G acting on M(k,d)
     * @param start    a point of the family at alpha0, k x d (read)
     * @param alpha0   start
     * @param target   end (either side)
     * @param settings settings
     * @return the proof
     */
    public static FamilyProof run(double[][] teacher, WeightMatrixAction g, double[][] start, double alpha0,
                                  double target, Settings settings) {
        long t0 = System.nanoTime();
        int k = start.length;
        int d = start[0].length;
        ExactFixedSubspace fg = ExactFixedSubspace.of(g, teacher);
        IsotypicTestFunctions tf = IsotypicTestFunctions.of(g);
        List<SpectrumEnclosures.Block> blocks = new ArrayList<>();
        Map<String, IsotypicDecomposition.Component> comps = new HashMap<>();
        for (IsotypicDecomposition.Component c : tf.decomposition().components()) {
            blocks.add(new SpectrumEnclosures.Block(c.label(), (int) c.irrepDimension(), c.basis()));
            comps.put(c.label(), c);
        }
        Map<String, Optional<ExactFixedSubspace>> isolating = new HashMap<>();
        Optional<List<ExactBlocks.Block>> exact = ExactBlocks.of(g);
        double[] flat = new double[k * d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(start[i], 0, flat, i * d, d);
        }
        LossMap numeric = new LossMap(teacher, k, Optional.of(fg), Interval.point(alpha0));
        double sigma = Math.signum(target - alpha0);
        double[] y = newton(numeric, numeric.coordinates(flat), alpha0);
        if (y == null) {
            return new FamilyProof(alpha0, alpha0, target, List.of(), List.of(), Verdict.notProved("Newton in Fix("
                    + g.group().name() + ") did not converge at the start"), seconds(t0));
        }
        double a = alpha0;
        double h = settings.initialStep();
        List<FamilyProof.Segment> segments = new ArrayList<>();
        List<double[]> crossingCenters = new ArrayList<>();
        List<String> crossingComponents = new ArrayList<>();
        List<Double> crossingAlphas = new ArrayList<>();
        BranchTube prevTube = null;
        Interval[] prevEnc = null;
        Interval[] prevZ = null;
        String stop = "";
        String lastReason = "";
        int tries = 0;
        while (sigma * (target - a) > 0 && tries++ < settings.maxTubes()) {
            if (h < settings.minStep()) {
                stop = String.format(Locale.ROOT, "no tube proved at alpha = %.12g with a step down to %.1e: %s", a,
                        settings.minStep(), lastReason);
                break;
            }
            double b = Math.abs(target - a) <= h ? target : a + sigma * h;
            Interval alpha = Interval.of(Math.min(a, b), Math.max(a, b));
            double am = alpha.mid();
            double[] slope = tangent(numeric, y, a);
            double[] guess = y.clone();
            for (int j = 0; j < guess.length; j++) {
                guess[j] += slope[j] * (am - a);
            }
            double[] ym = newton(numeric, guess, am);
            if (ym == null) {
                lastReason = "Newton failed on the branch (a fold or the end of the branch)";
                h /= 2;
                continue;
            }
            double[] ys = tangent(numeric, ym, am);
            BranchTube tube = new BranchTube(teacher, k, fg, ym, ys, alpha);
            Krawczyk.Result kr;
            try {
                kr = Krawczyk.prove(tube, new double[ym.length], TUBE_KRAWCZYK);
            } catch (InvalidInputException e) {
                lastReason = "a dead neuron in the tube";
                h /= 2;
                continue;
            }
            if (!kr.proved()) {
                lastReason = "the tube does not contract under Krawczyk";
                h /= 2;
                continue;
            }
            Interval[] z = Krawczyk.box(new double[ym.length], kr.radius());
            Interval[] enc = kr.enclosure().toArray(new Interval[0]);
            // the same branch: one tube's enclosure at the common alpha lies in the other's uniqueness box
            if (prevTube != null && !inside(tube.slice(a, enc), prevTube.slice(a, prevZ))
                    && !inside(prevTube.slice(a, prevEnc), tube.slice(a, z))) {
                lastReason = "consecutive tubes do not chain";
                h /= 2;
                continue;
            }
            FamilyProof.Segment seg = null;
            if (exact.isPresent()) {
                seg = exactTube(tube, enc, z, ym, exact.get(), blocks, fg, teacher, k);
                if (seg == null) {
                    lastReason = "a block's pivots are not enclosed away from 0 on the tube";
                } else if (seg.kind() == FamilyProof.Kind.CROSSING) {
                    crossingCenters.add(tube.lossMap().lift(ym));
                    crossingComponents.add(seg.component());
                    crossingAlphas.add(am);
                }
            }
            Optional<Integer> index = seg != null || exact.isPresent() ? Optional.empty()
                    : TubeInertia.of(tube, enc, blocks);
            EnclosedSpectrum s = seg != null || exact.isPresent() ? null
                    : SpectrumEnclosures.of(tube.hessianOver(enc), blocks);
            if (seg != null || exact.isPresent()) {
                // decided (or failed) by the exact blocks
            } else if (index.isPresent()) {
                seg = new FamilyProof.Segment(alpha, FamilyProof.Kind.REGULAR, index.get(), index.get(), "",
                        centreSmallest(tube, enc, blocks), Map.of(), Map.of());
            } else if (s.straddlingZero().size() == 1 && s.straddlingZero().get(0).blocks().size() == 1) {
                SpectrumEnclosures.Cluster c = s.straddlingZero().get(0);
                String label = c.blocks().get(0);
                IsotypicDecomposition.Component comp = comps.get(label);
                Optional<ExactFixedSubspace> fk = isolating.computeIfAbsent(label, l -> CriticalNumberProofs
                        .isolating(tf, comp, fg.dimension()).map(sc -> fix(g, sc, teacher)));
                if (comp != null && c.count() == comp.irrepDimension() && fk.isPresent()) {
                    CrossingMonotonicity.Outcome o = CrossingMonotonicity.check(tube, enc, fk.get());
                    if (o != CrossingMonotonicity.Outcome.UNDECIDED) {
                        int lo = indexAt(tube, enc, alpha.lo(), blocks);
                        int hi = indexAt(tube, enc, alpha.hi(), blocks);
                        if (lo >= 0 && hi >= 0) {
                            boolean crossing = o == CrossingMonotonicity.Outcome.ONE_CROSSING;
                            seg = new FamilyProof.Segment(alpha, crossing ? FamilyProof.Kind.CROSSING
                                    : FamilyProof.Kind.REGULAR, lo, hi, crossing ? label : "", s.smallest(),
                                    Map.of(), Map.of());
                            if (crossing) {
                                crossingCenters.add(tube.lossMap().lift(ym));
                                crossingComponents.add(label);
                                crossingAlphas.add(am);
                            }
                        }
                    }
                }
                lastReason = "an eigenvalue enclosure contains 0 and the crossing could not be isolated";
            } else {
                lastReason = "eigenvalue enclosures contain 0";
            }
            if (seg == null) {
                h /= 2;
                continue;
            }
            segments.add(seg);
            prevTube = tube;
            prevEnc = enc;
            prevZ = z;
            y = ym.clone();
            for (int j = 0; j < y.length; j++) {
                y[j] += ys[j] * (b - am);
            }
            y = newton(numeric, y, b);
            if (y == null) {
                stop = "Newton failed at alpha = " + b;
                a = b;
                break;
            }
            a = b;
            h = Math.min(settings.maxStep(), 1.5 * h);
        }
        List<CriticalNumberProof> crossings = new ArrayList<>();
        for (int c = 0; c < crossingCenters.size(); c++) {
            double[][] w = new double[k][d];
            for (int i = 0; i < k; i++) {
                System.arraycopy(crossingCenters.get(c), i * d, w[i], 0, d);
            }
            crossings.add(CriticalNumberProofs.prove(teacher, g, w, crossingAlphas.get(c), crossingComponents.get(c),
                    Krawczyk.DEFAULT_SETTINGS));
        }
        boolean covered = sigma * (target - a) <= 0;
        Verdict v = covered ? Verdict.PROVED : Verdict.notProved(stop.isEmpty() ? "stopped after "
                + settings.maxTubes() + " tubes at alpha = " + a : stop);
        return new FamilyProof(alpha0, a, target, segments, crossings, v, seconds(t0));
    }

    /**
     * The tube by exact blocks: each block's centred pivots ({@link BlockInertia}); regular if all exclude 0, a
     * crossing if only one block's last pivot may vanish and is strictly monotone with opposite signs at the ends.
     *
     * @return the segment, or null if undecided
     */
    private static FamilyProof.Segment exactTube(BranchTube tube, Interval[] enc, Interval[] z, double[] ym,
                                                 List<ExactBlocks.Block> blocks,
                                                 List<SpectrumEnclosures.Block> gBlocks, ExactFixedSubspace fg,
                                                 double[][] teacher, int k) {
        Interval alpha = tube.alpha();
        double am = alpha.mid();
        Optional<IntervalJet[]> along = tube.hessianAlongBranch(enc);
        if (along.isEmpty()) {
            return null;
        }
        // the branch point at the centre, tightly: a point Krawczyk inside the tube's uniqueness box
        LossMap at = new LossMap(teacher, k, Optional.of(fg), Interval.point(am), false);
        Interval[] centreBox = tube.slice(am, enc);
        Krawczyk.Result kr = Krawczyk.prove(at, ym, Krawczyk.DEFAULT_SETTINGS);
        if (kr.proved() && inside(kr.enclosure().toArray(new Interval[0]), tube.slice(am, z))) {
            centreBox = kr.enclosure().toArray(new Interval[0]);
        }
        IntervalMatrix centre = at.fullHessianOver(centreBox);
        Interval da = alpha.subtract(Interval.point(am));
        int fixed = 0;
        BlockInertia.Result open = null;
        ExactBlocks.Block openBlock = null;
        Map<String, Integer> low = new java.util.LinkedHashMap<>();
        Map<String, Integer> high = new java.util.LinkedHashMap<>();
        for (ExactBlocks.Block b : blocks) {
            BlockInertia.Result r = BlockInertia.of(centre, along.get(), b.vectors(), da);
            if (r == null) {
                return null;
            }
            if (r.regular()) {
                fixed += b.irrepDimension() * r.index();
                low.put(b.label(), r.index());
                high.put(b.label(), r.index());
            } else if (open == null) {
                open = r;
                openBlock = b;
            } else {
                return null;
            }
        }
        Interval smallest = SpectrumEnclosures.of(centre, gBlocks).smallest();
        if (open == null) {
            return new FamilyProof.Segment(alpha, FamilyProof.Kind.REGULAR, fixed, fixed, "", smallest, low, high);
        }
        if (open.lastSlope().containsZero()) {
            return null;
        }
        Interval lo = open.lastCentre().add(open.lastSlope().multiply(Interval.point(alpha.lo()).subtract(
                Interval.point(am))));
        Interval hi = open.lastCentre().add(open.lastSlope().multiply(Interval.point(alpha.hi()).subtract(
                Interval.point(am))));
        if (lo.containsZero() || hi.containsZero()) {
            return null;
        }
        int n = openBlock.irrepDimension();
        int mLow = open.negatives() + (lo.hi() < 0 ? 1 : 0);
        int mHigh = open.negatives() + (hi.hi() < 0 ? 1 : 0);
        low.put(openBlock.label(), mLow);
        high.put(openBlock.label(), mHigh);
        boolean crossing = mLow != mHigh;
        return new FamilyProof.Segment(alpha, crossing ? FamilyProof.Kind.CROSSING : FamilyProof.Kind.REGULAR,
                fixed + n * mLow, fixed + n * mHigh, crossing ? openBlock.label() : "", smallest, low, high);
    }

    /** @return the smallest eigenvalue's enclosure at the tube's centre slice (reported, not used in the proof) */
    private static Interval centreSmallest(BranchTube tube, Interval[] enc, List<SpectrumEnclosures.Block> blocks) {
        double am = tube.alpha().mid();
        return SpectrumEnclosures.of(tube.lossMap().at(Interval.point(am)).fullHessianOver(tube.slice(am, enc)),
                blocks).smallest();
    }

    private static ExactFixedSubspace fix(WeightMatrixAction g, SubgroupClass sc, double[][] teacher) {
        return ExactFixedSubspace.of(g, sc.generators(), teacher);
    }

    /** @return the proved Morse index at one alpha of the tube, or -1 */
    private static int indexAt(BranchTube tube, Interval[] enc, double alpha,
                               List<SpectrumEnclosures.Block> blocks) {
        LossMap at = tube.lossMap().at(Interval.point(alpha));
        EnclosedSpectrum s = SpectrumEnclosures.of(at.fullHessianOver(tube.slice(alpha, enc)), blocks);
        return s.inertiaProved() ? s.negative() : -1;
    }

    private static boolean inside(Interval[] a, Interval[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!b[i].interiorContains(a[i])) {
                return false;
            }
        }
        return true;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Newton in double precision for F(y, alpha) = 0 (compiled model); null if it does not converge. */
    static double[] newton(LossMap map, double[] y0, double alpha) {
        double[] y = y0.clone();
        LossMap at = map.at(Interval.point(alpha));
        int polish = -1;
        for (int it = 0; it < 40; it++) {
            double[] f = at.approximateValue(y, alpha);
            double[] step = CriticalNumberProofs.solve(at.approximateJacobian(y), f);
            if (step == null) {
                return null;
            }
            double size = 0;
            double norm = 0;
            for (int j = 0; j < y.length; j++) {
                y[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
                norm = Math.max(norm, Math.abs(y[j]));
            }
            if (polish < 0 && size <= 1e-11 * (1 + norm)) {
                polish = 2; // converged: two more steps reach the rounding level
            }
            if (polish >= 0 && polish-- == 0) {
                return y;
            }
        }
        return null;
    }

    /** @return \( y' = -F_y^{-1} F_\alpha \) (central difference in alpha, step 1e-6) */
    static double[] tangent(LossMap map, double[] y, double alpha) {
        double da = 1e-6;
        double[] fp = map.approximateValue(y, alpha + da);
        double[] fm = map.approximateValue(y, alpha - da);
        double[] fa = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            fa[j] = -(fp[j] - fm[j]) / (2 * da);
        }
        double[] s = CriticalNumberProofs.solve(map.at(Interval.point(alpha)).approximateJacobian(y), fa);
        return s == null ? new double[y.length] : s;
    }
}
