package org.landscape.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one or more census shards.
 *
 * @param settings    the settings (of the first shard when merged; shard fields then describe that shard)
 * @param points      distinct critical points, by increasing loss
 * @param starts      starts completed
 * @param failures    starts that reached no critical point, by reason
 * @param interrupted true if the run was stopped before all its starts were done
 */
public record CensusResult(CensusSettings settings, List<CensusPoint> points, long starts, Map<String, Long> failures,
                           boolean interrupted) {
    public CensusResult {
        points = List.copyOf(points);
        failures = Map.copyOf(failures);
    }

    /**
     * Merges shards of the same census (same k, n, d, alpha, seed, inits): counts add, points equivalent under
     * {@link CensusMerging#sameOrbit} are joined.
     */
    public static CensusResult merge(List<CensusResult> shards) {
        if (shards.isEmpty()) {
            throw new org.landscape.base.InvalidInputException("nothing to merge: give at least one shard file");
        }
        CensusSettings s0 = shards.get(0).settings();
        List<CensusPoint> pts = new ArrayList<>();
        Map<String, Long> fails = new TreeMap<>();
        long starts = 0;
        boolean interrupted = false;
        for (CensusResult r : shards) {
            CensusSettings s = r.settings();
            if (s.k() != s0.k() || s.n() != s0.n() || s.d() != s0.d() || s.alpha() != s0.alpha()
                    || s.seed() != s0.seed() || s.inits() != s0.inits()) {
                throw new org.landscape.base.InvalidInputException("shards of different censuses (k, n, d, alpha, "
                        + "seed, inits differ): merge only the shard files of one census");
            }
            starts += r.starts();
            interrupted |= r.interrupted();
            r.failures().forEach((key, v) -> fails.merge(key, v, Long::sum));
            for (CensusPoint p : r.points()) {
                CensusMerging.add(pts, p);
            }
        }
        pts.sort((a, b) -> Double.compare(a.loss(), b.loss()));
        return new CensusResult(s0, pts, starts, fails, interrupted);
    }
}
