package org.landscape.claims;

import java.util.List;

/**
 * A claims file: a model reading, a family of critical points, and claims about it.
 *
 * @param title  title (e.g. the paper)
 * @param source citation
 * @param model  how the paper is read into the model
 * @param family "global-minimum" (W = V = I_k), or "point" (claims about a given point)
 * @param claims the claims, in file order
 * @param path   where it was read from (for messages)
 */
public record ClaimsFile(String title, String source, ModelReading model, String family, List<Claim> claims,
                         String path) {
}
