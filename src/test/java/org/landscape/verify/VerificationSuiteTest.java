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
    }
}
