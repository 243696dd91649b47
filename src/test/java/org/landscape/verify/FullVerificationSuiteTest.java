package org.landscape.verify;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full suite on the literature evaluator: passes, covers at least 30 kernel cases, reports progress. */
@Tag("slow")
class FullVerificationSuiteTest {
    @Test
    void fullSuitePassesWithProgress() {
        VerificationSuite suite = new VerificationSuite(LiteratureKernel::new,
                (alpha, V) -> LiteratureKernel.loss(new LiteratureKernel(alpha), V));
        AtomicInteger calls = new AtomicInteger();
        VerificationReport r = suite.run(VerificationSettings.full(), p -> {
            calls.incrementAndGet();
            System.out.println(p.stage() + " " + p.done() + "/" + p.total() + " " + p.label());
        });
        System.out.println(r.table());
        assertTrue(r.passed(), r.table());
        assertTrue(r.kernelCases() >= 30);
        assertEquals(r.kernelCases() + r.networkCases(), calls.get());
    }
}
