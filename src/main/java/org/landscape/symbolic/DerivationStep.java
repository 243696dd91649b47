package org.landscape.symbolic;

/**
 * One step of a symbolic derivation: what was done, the Symja input that did it, and its result
 * (Symja input form).
 */
public record DerivationStep(String description, String input, String result) {
}
