package org.landscape.claims;

import java.util.List;

/**
 * A claims file: a model reading, a family of critical points, and claims about it.
 *
 * @param title  title (e.g. the paper)
 * @param source citation
 * @param model  how the paper is read into the model
 * @param family   "global-minimum" (W = V = I_k), "symmetric" (the family through {@code start} in Fix(subgroup)),
 *                 or "point" (claims about given points)
 * @param claims   the claims, in file order
 * @param path     where it was read from (for messages)
 * @param subgroup for "symmetric": the subgroup H (a name Groups.parse accepts), else empty
 * @param start    for "symmetric": the start point W (k x d; teacher I_d), else null
 * @param startAt  for "symmetric": the paper's parameter at which Newton starts (default 0)
 */
public record ClaimsFile(String title, String source, ModelReading model, String family, List<Claim> claims,
                         String path, String subgroup, double[][] start, double startAt) {
}
