package org.landscape.verify;

import org.junit.jupiter.api.Test;
import org.landscape.model.KernelEvaluator;
import org.landscape.model.LossEvaluator;

import java.util.function.DoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite passes a correct evaluator built from literature closed forms (test tree only) and fails deliberately
 * wrong ones: every method must be able to fail.
 */
class VerificationSuiteTest {

    private static VerificationReport run(DoubleFunction<KernelEvaluator> kernels) {
        VerificationSuite suite = new VerificationSuite(kernels,
                (alpha, V) -> LiteratureKernel.loss(kernels.apply(alpha), V));
        return suite.run(VerificationSettings.reduced());
    }

    @Test
    void literatureClosedFormsPassTheReducedSuite() {
        VerificationReport r = run(LiteratureKernel::new);
        System.out.println(r.table());
        assertTrue(r.passed(), r.table());
        assertEquals(7 * 3 - 4, r.checks().size(), "every applicable (formula, method) pair is a row");
        assertTrue(r.kernelCases() >= 12 && r.networkCases() >= 3);
        for (Check c : r.checks()) {
            if (c.method() == VerificationMethod.QUADRATURE) {
                assertTrue(c.referenceAccuracy() < 1e-30, "quadrature reference itself must be far below tolerance");
            }
        }
    }

    private static void assertFails(VerificationReport r, Formula f, VerificationMethod m) {
        Check c = r.check(f, m).orElseThrow();
        assertFalse(c.passed(), f + " by " + m + " should fail:\n" + r.table());
    }

    private static void assertPasses(VerificationReport r, Formula f, VerificationMethod m) {
        Check c = r.check(f, m).orElseThrow();
        assertTrue(c.passed(), f + " by " + m + " should pass:\n" + r.table());
    }

    @Test
    void kernelOffByOnePartInABillionFailsQuadrature() {
        VerificationReport r = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public double value(double[] w, double[] v) {
                return super.value(w, v) * (1 + 1e-9);
            }
        });
        assertFalse(r.passed());
        assertFails(r, Formula.KERNEL, VerificationMethod.QUADRATURE);
        assertPasses(r, Formula.GRADIENT, VerificationMethod.QUADRATURE);
        assertPasses(r, Formula.KERNEL, VerificationMethod.MONTE_CARLO);
    }

    @Test
    void kernelOffByTwoPercentFailsMonteCarlo() {
        VerificationReport r = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public double value(double[] w, double[] v) {
                return super.value(w, v) * 1.02;
            }
        });
        assertFails(r, Formula.KERNEL, VerificationMethod.MONTE_CARLO);
        assertFails(r, Formula.GRADIENT, VerificationMethod.FINITE_DIFFERENCES);
    }

    /** A classic slip: dropping the rank-one term h'' d d^T of the w-w block. */
    @Test
    void hessianWWWithoutItsRankOneTermFailsQuadratureAndFiniteDifferences() {
        VerificationReport r = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public void hessianWW(double[] w, double[] v, double[] out) {
                Geometry g = Geometry.of(w, v);
                int d = w.length;
                for (int i = 0; i < d; i++) {
                    for (int c = 0; c < d; c++) {
                        out[i * d + c] = bB * g.nv() / g.nw() * g.s() * ((i == c ? 1 : 0) - g.e1()[i] * g.e1()[c]);
                    }
                }
            }
        });
        assertFails(r, Formula.HESSIAN_WW, VerificationMethod.QUADRATURE);
        assertFails(r, Formula.HESSIAN_WW, VerificationMethod.FINITE_DIFFERENCES);
        assertFails(r, Formula.LOSS_HESSIAN, VerificationMethod.QUADRATURE);
        assertFails(r, Formula.LOSS_HESSIAN, VerificationMethod.FINITE_DIFFERENCES);
        assertPasses(r, Formula.HESSIAN_WV, VerificationMethod.QUADRATURE);
    }

    /**
     * The mixed block is symmetric (it is \( E[\sigma'\sigma' x x^T] \)), so a transposed block is not a bug; an
     * asymmetric slip of 1e-7 in one entry is, and so is a dropped term.
     */
    @Test
    void wrongMixedHessianFails() {
        VerificationReport small = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public void hessianWV(double[] w, double[] v, double[] out) {
                super.hessianWV(w, v, out);
                out[1] += 1e-7 * (1 + alpha * alpha);
            }
        });
        assertFails(small, Formula.HESSIAN_WV, VerificationMethod.QUADRATURE);
        VerificationReport dropped = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public void hessianWV(double[] w, double[] v, double[] out) {
                int d = w.length;
                for (int i = 0; i < d; i++) {
                    for (int c = 0; c < d; c++) {
                        out[i * d + c] = (i == c ? a2 + bB * (Math.PI / 2 - Geometry.of(w, v).theta()) : 0);
                    }
                }
            }
        });
        assertFails(dropped, Formula.HESSIAN_WV, VerificationMethod.QUADRATURE);
        assertFails(dropped, Formula.HESSIAN_WV, VerificationMethod.FINITE_DIFFERENCES);
        assertFails(dropped, Formula.HESSIAN_WV, VerificationMethod.MONTE_CARLO);
        assertFails(dropped, Formula.LOSS_HESSIAN, VerificationMethod.FINITE_DIFFERENCES);
    }

    @Test
    void gradientWithoutItsNormalTermFailsAllThreeMethods() {
        VerificationReport r = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public void gradientW(double[] w, double[] v, double[] out) {
                Geometry g = Geometry.of(w, v);
                for (int i = 0; i < w.length; i++) {
                    out[i] = (a2 + bB * (Math.PI / 2 - g.theta())) * v[i];
                }
            }
        });
        assertFails(r, Formula.GRADIENT, VerificationMethod.QUADRATURE);
        assertFails(r, Formula.GRADIENT, VerificationMethod.FINITE_DIFFERENCES);
        assertFails(r, Formula.GRADIENT, VerificationMethod.MONTE_CARLO);
        assertFails(r, Formula.LOSS_GRADIENT, VerificationMethod.MONTE_CARLO);
    }

    /** A loss that forgets the constant teacher-teacher term: value wrong, derivatives right. */
    @Test
    void lossWithoutTeacherTermFailsOnlyTheLossValue() {
        DoubleFunction<KernelEvaluator> kernels = LiteratureKernel::new;
        VerificationSuite suite = new VerificationSuite(kernels, (alpha, V) -> {
            LossEvaluator right = LiteratureKernel.loss(kernels.apply(alpha), V);
            LossEvaluator teacherOnly = LiteratureKernel.loss(kernels.apply(alpha), V);
            return new LossEvaluator() {
                @Override
                public double loss(double[][] W) {
                    double[][] none = new double[W.length][W[0].length];
                    return right.loss(W) - teacherOnly.loss(none);
                }

                @Override
                public void gradient(double[][] W, double[] out) {
                    right.gradient(W, out);
                }

                @Override
                public void hessian(double[][] W, double[] out) {
                    right.hessian(W, out);
                }
            };
        });
        VerificationReport r = suite.run(VerificationSettings.reduced());
        assertFails(r, Formula.LOSS, VerificationMethod.QUADRATURE);
        assertFails(r, Formula.LOSS, VerificationMethod.MONTE_CARLO);
        assertPasses(r, Formula.LOSS_GRADIENT, VerificationMethod.FINITE_DIFFERENCES);
        assertPasses(r, Formula.LOSS_HESSIAN, VerificationMethod.QUADRATURE);
    }

    @Test
    void nanIsAFailureNotAPass() {
        VerificationReport r = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public void hessianWW(double[] w, double[] v, double[] out) {
                super.hessianWW(w, v, out);
                if (Geometry.of(w, v).s() == 0) {
                    out[0] = Double.NaN;
                }
            }
        });
        assertFails(r, Formula.HESSIAN_WW, VerificationMethod.QUADRATURE);
    }

    @Test
    void anEvaluatorThatThrowsFailsItsChecksWithoutAbortingTheRun() {
        VerificationReport r = run(alpha -> new LiteratureKernel(alpha) {
            @Override
            public void hessianWW(double[] w, double[] v, double[] out) {
                if (Geometry.of(w, v).s() == 0) {
                    throw new ArithmeticException("0/0 at a parallel pair");
                }
                super.hessianWW(w, v, out);
            }
        });
        Check c = r.check(Formula.HESSIAN_WW, VerificationMethod.QUADRATURE).orElseThrow();
        assertFalse(c.passed());
        assertTrue(c.worstCase().contains("0/0 at a parallel pair"), c.worstCase());
        assertEquals(17, r.checks().size(), "the table is complete");
        assertFails(r, Formula.LOSS_HESSIAN, VerificationMethod.QUADRATURE);
    }
}
