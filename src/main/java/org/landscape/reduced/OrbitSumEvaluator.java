package org.landscape.reduced;

import java.util.ArrayList;
import java.util.List;

/**
 * The orbit sums of the loss, its gradient and its Hessian on \( \mathrm{Fix}(K) \) for a Young-type group K (a
 * {@link YoungShape}), written once for any {@link OrbitArithmetic}: doubles (through {@link OrbitReducedLoss}) or
 * enclosures (the interval proofs). The mathematics is stated in {@link OrbitReducedLoss}; this class holds the
 * summation.
 *
 * <p><b>Plan.</b> The constructor lists the summands once: per row part its self terms (i = l), then per ordered pair
 * of row parts (p, q) every {@link PairOrbit} with its representative pair, its size, its sign (1/2 for the symmetric
 * sums, -1 for student-teacher pairs) and its isometric embedding (per coordinate the orbit of the entry of x and of
 * y, the weight \( \sqrt{n_g - s} \) or 1, and the slot of the entry's orbit among the orbits of its row part, which
 * makes the indicator directions). {@link #evaluate} embeds the two rows, asks the arithmetic for the kernel terms
 * and contracts them with the directions:
 * \( DL[E_a] \mathrel{+}= \pm|o| \sum_{c \in a} w_c (\nabla_x K)_c \),
 * \( D^2L[E_a, E_b] \mathrel{+}= \pm|o| \sum_{r \in a, c \in b} w_r w_c (\nabla^2_{xx}K)_{rc} + |o| \sum_{r \in a,
 * c \in b'} w_r w_c (\nabla^2_{xy}K)_{rc} \) (b' a slot of y's part, student pairs only).
 *
 * <p>Cost of one evaluation O(P^2 (D^2 + m_P^2)) arithmetic operations for P row parts, embedding dimension D and
 * \( m_P \) orbits per row part, independent of k. Not thread-safe (the arithmetic's current pair).
 *
 * @param <V> the arithmetic's vector type
 * @param <S> the arithmetic's sums
 */
public final class OrbitSumEvaluator<V, S extends OrbitArithmetic.Sums<V>> {
    private final YoungShape shape;
    private final OrbitArithmetic<V, S> arithmetic;
    private final V teacher;
    private final int[][] orbitsOfPart;
    private final List<Term<V>> terms = new ArrayList<>();

    /**
     * One summand family: the self terms of a row part, or one orbit of pairs with its representative.
     *
     * @param p       x's row part
     * @param q       y's row part (p for self terms)
     * @param self    the terms i = l
     * @param count   the number of summands (orbit size, or the factor size for self terms)
     * @param sign    1/2 (symmetric sums), -1 (student-teacher) or 1 (self terms: \( \tfrac12 \) is in the term)
     * @param xIndex  the orbit (student or teacher numbering) of x's entry at each coordinate
     * @param yIndex  the same for y
     * @param weights the embedding weights
     * @param xSlot   the slot of x's entry orbit among the orbits of part p (students)
     * @param ySlot   the same for y among the orbits of part q (students; null for teacher rows)
     */
    private record Term<V>(int p, int q, boolean self, double count, double sign, int[] xIndex, int[] yIndex,
                           V weights, int[] xSlot, int[] ySlot) {
    }

    /**
     * @param shape      the Young shape of K (W and V must lie in Fix(K))
     * @param teacher    the teacher's value on each teacher orbit (read)
     * @param arithmetic the numbers and kernel terms
     */
    public OrbitSumEvaluator(YoungShape shape, double[] teacher, OrbitArithmetic<V, S> arithmetic) {
        if (teacher.length != shape.teacherOrbits()) {
            throw ReducedMessages.PATTERN_LENGTH.invalid(teacher.length, shape.teacherOrbits());
        }
        this.shape = shape;
        this.arithmetic = arithmetic;
        this.teacher = arithmetic.constants(teacher);
        orbitsOfPart = new int[shape.parts()][];
        int[] slotOf = new int[shape.studentOrbits()];
        for (int p = 0; p < shape.parts(); p++) {
            List<Integer> os = new ArrayList<>();
            for (int o = 0; o < shape.studentOrbits(); o++) {
                if (shape.studentOrbit(o)[0] == p) {
                    slotOf[o] = os.size();
                    os.add(o);
                }
            }
            orbitsOfPart[p] = os.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] rows = shape.rowParts();
        for (int p : rows) {
            boolean teacherPart = shape.kind(p) == YoungShape.PartKind.TEACHER;
            if (!teacherPart) {
                terms.add(term(new PairOrbit(p, 0, p, 0, PairOrbit.Kind.SAME), true, 1, slotOf));
            }
            for (int q : rows) {
                boolean studentQ = shape.kind(q) == YoungShape.PartKind.STUDENT;
                if (teacherPart && studentQ) {
                    continue;
                }
                if (teacherPart && p == q) {
                    terms.add(term(new PairOrbit(p, 0, p, 0, PairOrbit.Kind.SAME), true, 1, slotOf));
                }
                double sign = teacherPart || studentQ ? 0.5 : -1;
                for (PairOrbit o : PairOrbit.between(shape, p, q)) {
                    terms.add(term(o, false, sign, slotOf));
                }
            }
        }
    }

    private Term<V> term(PairOrbit orbit, boolean self, double sign, int[] slotOf) {
        int[][] coordinate = orbit.coordinates(shape);
        int dim = coordinate.length;
        double[] squares = new double[dim];
        int[] xIndex = new int[dim];
        int[] yIndex = new int[dim];
        int[] xSlot = new int[dim];
        int[] ySlot = shape.kind(orbit.q()) == YoungShape.PartKind.STUDENT ? new int[dim] : null;
        boolean xStudent = shape.kind(orbit.p()) == YoungShape.PartKind.STUDENT;
        for (int c = 0; c < dim; c++) {
            squares[c] = coordinate[c][1] >= 0 ? 1
                    : shape.size(shape.factor(shape.columnParts()[coordinate[c][0]])) - coordinate[c][2];
            xIndex[c] = PairOrbit.entryOrbit(shape, orbit.p(), orbit.px(), coordinate[c]);
            yIndex[c] = PairOrbit.entryOrbit(shape, orbit.q(), orbit.qy(), coordinate[c]);
            xSlot[c] = xStudent ? slotOf[xIndex[c]] : -1;
            if (ySlot != null) {
                ySlot[c] = slotOf[yIndex[c]];
            }
        }
        double count = self ? shape.size(shape.factor(orbit.p())) : orbit.size(shape);
        return new Term<>(orbit.p(), orbit.q(), self, count, sign, xIndex, yIndex, arithmetic.roots(squares), xSlot,
                ySlot);
    }

    /** @return the shape */
    public YoungShape shape() {
        return shape;
    }

    /** @return the arithmetic */
    public OrbitArithmetic<V, S> arithmetic() {
        return arithmetic;
    }

    /**
     * @param student W's value on each student orbit (read; length {@code shape().studentOrbits()})
     * @param order   what to compute
     * @return the sums of loss, \( DL[E_o] \) and \( D^2L[E_o, E_{o'}] \)
     */
    public S evaluate(V student, OrbitReducedLoss.Order order) {
        boolean grad = order != OrbitReducedLoss.Order.LOSS;
        boolean hess = order == OrbitReducedLoss.Order.HESSIAN;
        S sums = arithmetic.sums(shape.studentOrbits(), grad, hess);
        for (Term<V> t : terms) {
            boolean xTeacher = shape.kind(t.p()) == YoungShape.PartKind.TEACHER;
            V x = arithmetic.embed(xTeacher ? teacher : student, t.xIndex(), t.weights());
            if (t.self()) {
                self(t, x, xTeacher ? OrbitReducedLoss.Order.LOSS : order, sums);
            } else {
                boolean yTeacher = shape.kind(t.q()) == YoungShape.PartKind.TEACHER;
                V y = arithmetic.embed(yTeacher ? teacher : student, t.yIndex(), t.weights());
                pair(t, x, y, xTeacher ? OrbitReducedLoss.Order.LOSS : order, sums);
            }
        }
        return sums;
    }

    /** The i = l terms of a row part: \( \tfrac12 c_0 |w_i|^2 \) per row and their derivatives. */
    private void self(Term<V> t, V x, OrbitReducedLoss.Order order, S sums) {
        OrbitArithmetic.SelfTerms<V> s = arithmetic.selfTerms(x, order);
        sums.addLoss(t.count(), s.value(), 0);
        if (order == OrbitReducedLoss.Order.LOSS) {
            return;
        }
        int[] op = orbitsOfPart[t.p()];
        V g = arithmetic.contract(s.gradient(), t.weights(), t.xSlot(), op.length);
        for (int a = 0; a < op.length; a++) {
            sums.addGradient(op[a], t.count(), g, a);
        }
        if (order == OrbitReducedLoss.Order.HESSIAN) {
            addBlock(sums, t.count(), op, op, arithmetic.contract(s.hessian(), t.weights(), t.xSlot(), op.length,
                    t.xSlot(), op.length));
        }
    }

    /** One orbit of pairs: sign x size x the representative's kernel terms, contracted with the directions. */
    private void pair(Term<V> t, V x, V y, OrbitReducedLoss.Order order, S sums) {
        arithmetic.pair(x, y);
        sums.addLoss(t.sign() * t.count(), arithmetic.value(), 0);
        if (order == OrbitReducedLoss.Order.LOSS) {
            return;
        }
        if (arithmetic.zero(x) != OrbitArithmetic.Zero.NO) {
            throw ReducedMessages.DEAD_NEURON.invalid(t.p());
        }
        // DL: sum over ordered pairs of grad_w K(x, y) . e_o(x); the symmetric sum's 1/2 is undone by the
        // two orders of every student pair, so the weight is 1 for students and -1 for teachers
        double weight = t.sign() > 0 ? 1 : -1;
        int[] op = orbitsOfPart[t.p()];
        V g = arithmetic.contract(arithmetic.gradient(), t.weights(), t.xSlot(), op.length);
        for (int a = 0; a < op.length; a++) {
            sums.addGradient(op[a], weight * t.count(), g, a);
        }
        if (order != OrbitReducedLoss.Order.HESSIAN) {
            return;
        }
        addBlock(sums, weight * t.count(), op, op, arithmetic.contract(arithmetic.hessianWW(), t.weights(), t.xSlot(),
                op.length, t.xSlot(), op.length));
        if (t.ySlot() == null) {
            return;
        }
        OrbitArithmetic.Zero zy = arithmetic.zero(y);
        if (zy == OrbitArithmetic.Zero.YES) {
            return;
        }
        if (zy == OrbitArithmetic.Zero.POSSIBLY) {
            throw ReducedMessages.DEAD_NEURON.invalid(t.q());
        }
        int[] oq = orbitsOfPart[t.q()];
        addBlock(sums, t.count(), op, oq, arithmetic.contract(arithmetic.hessianWV(), t.weights(), t.xSlot(),
                op.length, t.ySlot(), oq.length));
    }

    private void addBlock(S sums, double c, int[] rows, int[] cols, V block) {
        for (int a = 0; a < rows.length; a++) {
            for (int b = 0; b < cols.length; b++) {
                sums.addHessian(rows[a], cols[b], c, block, a * cols.length + b);
            }
        }
    }
}
