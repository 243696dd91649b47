package org.landscape.proof;

import org.landscape.interval.Interval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rigorous eigenvalue enclosures of a symmetric matrix known up to an interval matrix (from
 * {@link SpectrumEnclosures}): clusters of eigenvalues in ascending order, each with an enclosure and an exact
 * count; the inertia follows (Sylvester) when no cluster contains 0.
 *
 * @param clusters            ascending, disjoint up to the Ostrowski scaling, counts summing to the dimension
 * @param orthogonalityDefect \( \varepsilon \ge \|QQ^T - I\|_2 \) of the approximate eigenbasis
 * @param dimension           n
 */
public record EnclosedSpectrum(List<SpectrumEnclosures.Cluster> clusters, double orthogonalityDefect, int dimension) {
    public EnclosedSpectrum {
        clusters = List.copyOf(clusters);
    }

    /** @return true if no cluster contains 0 and the basis is proved nonsingular: the inertia is proved */
    public boolean inertiaProved() {
        if (!(orthogonalityDefect < 1)) {
            return false;
        }
        for (SpectrumEnclosures.Cluster c : clusters) {
            if (c.enclosure().containsZero()) {
                return false;
            }
        }
        return true;
    }

    /** @return the number of negative eigenvalues (the Morse index), meaningful when {@link #inertiaProved()} */
    public int negative() {
        int n = 0;
        for (SpectrumEnclosures.Cluster c : clusters) {
            if (c.enclosure().hi() < 0) {
                n += c.count();
            }
        }
        return n;
    }

    /** @return the clusters that contain 0 (the reason a proof of the index fails) */
    public List<SpectrumEnclosures.Cluster> straddlingZero() {
        List<SpectrumEnclosures.Cluster> r = new ArrayList<>();
        for (SpectrumEnclosures.Cluster c : clusters) {
            if (c.enclosure().containsZero()) {
                r.add(c);
            }
        }
        return r;
    }

    /** @return an enclosure of the smallest eigenvalue (the lowest cluster's) */
    public Interval smallest() {
        return clusters.get(0).enclosure();
    }

    /** @return the lowest cluster */
    public SpectrumEnclosures.Cluster lowest() {
        return clusters.get(0);
    }

    /** @return per block label, its clusters (a cluster shared by blocks appears under each of them) */
    public Map<String, List<SpectrumEnclosures.Cluster>> byBlock() {
        Map<String, List<SpectrumEnclosures.Cluster>> m = new LinkedHashMap<>();
        for (SpectrumEnclosures.Cluster c : clusters) {
            for (String b : c.blocks()) {
                m.computeIfAbsent(b, x -> new ArrayList<>()).add(c);
            }
        }
        return m;
    }

    /** @return the largest width of a cluster's enclosure */
    public double widestCluster() {
        double w = 0;
        for (SpectrumEnclosures.Cluster c : clusters) {
            w = Math.max(w, c.enclosure().width());
        }
        return w;
    }
}
