package org.landscape.claims;

import java.util.List;

/**
 * One claim from a claims file. Fields not used by a kind are empty.
 *
 * @param id          the claim's identifier
 * @param kind        its kind
 * @param line        line in the claims file (for messages)
 * @param text        the claim in the paper's words (optional)
 * @param lo          interval start (paper's parameter)
 * @param hi          interval end
 * @param openInterval whether the interval is open (end points excluded)
 * @param ks          widths to check (empty when {@code kFrom} is used)
 * @param kFrom       "every k >= kFrom" (0 when a list is given)
 * @param values      claimed critical numbers (critical-numbers)
 * @param components  claimed components (optional)
 * @param types       claimed types "crossing"/"touch" (optional)
 * @param at          the critical number a claim is about (orbit-types, branch-direction)
 * @param orbitTypes  claimed orbit types (structure names)
 * @param direction   claimed direction ("subcritical"/"supercritical")
 * @param student     student weights spec (minimum)
 * @param loss        claimed loss (minimum), in the paper's normalisation
 * @param tolerance   tolerance on values (default 1e-9) and on the loss (minimum)
 */
public record Claim(String id, ClaimKind kind, int line, String text, double lo, double hi, boolean openInterval,
                    List<Integer> ks, int kFrom, List<Double> values, List<String> components, List<String> types,
                    double at, List<String> orbitTypes, String direction, double[][] student, double loss,
                    double tolerance) {
}
