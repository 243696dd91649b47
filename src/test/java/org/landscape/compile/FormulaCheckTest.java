package org.landscape.compile;

import org.junit.jupiter.api.Test;
import org.landscape.base.Evidence;
import org.landscape.model.Models;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled profiles against 40-digit Symja evaluation of the derived expressions. */
class FormulaCheckTest {

    @Test
    void compiledProfilesReproduceTheSymbolicOnes() {
        Evidence e = FormulaCheck.compiledAgainstSymbolic(Models.profiles(), 40);
        assertTrue(e.accuracy() < 1e-14, e.toString());
    }
}
