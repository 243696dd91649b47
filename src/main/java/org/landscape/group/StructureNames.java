package org.landscape.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Structure names for small permutation groups in the style of GAP's {@code StructureDescription}: a heuristic
 * for display, never used in computations. Rules, in order: split into a direct product along unions of orbits
 * when \( |H| = |H_A| \cdot |H_B| \) for the restrictions; abelian groups by invariant factors ({@code C6 x C2});
 * dihedral groups {@code D2m} (with {@code S3} for order 6); otherwise a lookup of the element-order
 * statistics of \( S_n, A_n \) (\( n \le 8 \)), {@code Q8}, {@code SL(2,3)}, {@code C3 : C4}, {@code C5 : C4},
 * {@code C7 : C3}, {@code C7 : C6}, {@code PSL(3,2)}; failing all, {@code <order N>}.
 */
public final class StructureNames {
    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        for (int n = 3; n <= 8; n++) {
            KNOWN.put(signature(n, false), "S" + n);
            if (n >= 4) {
                KNOWN.put(signature(n, true), "A" + n);
            }
        }
        KNOWN.put(sig(8, 1, 1, 2, 1, 4, 6), "Q8");
        KNOWN.put(sig(24, 1, 1, 2, 1, 3, 8, 4, 6, 6, 8), "SL(2,3)");
        KNOWN.put(sig(12, 1, 1, 2, 1, 3, 2, 4, 6, 6, 2), "C3 : C4");
        KNOWN.put(sig(20, 1, 1, 2, 5, 4, 10, 5, 4), "C5 : C4");
        KNOWN.put(sig(21, 1, 1, 3, 14, 7, 6), "C7 : C3");
        KNOWN.put(sig(42, 1, 1, 2, 7, 3, 14, 6, 14, 7, 6), "C7 : C6");
        KNOWN.put(sig(168, 1, 1, 2, 21, 3, 56, 4, 42, 7, 48), "PSL(3,2)");
        KNOWN.put(sig(24, 1, 1, 2, 9, 3, 2, 4, 6, 6, 6), "(C6 x C2) : C2");
        KNOWN.put(sig(72, 1, 1, 2, 21, 3, 26, 4, 18, 6, 6), "(C3 x A4) : C2");
        // products that need not split along orbits, and small semidirect products (by construction)
        String[][] built = {
                {"C2 x A4", "(1,2)", "(3,4,5)", "(3,4)(5,6)"},
                {"C3 x S3", "(1,2,3)", "(4,5,6)", "(4,5)"},
                {"S3 x S3", "(1,2,3)", "(1,2)", "(4,5,6)", "(4,5)"},
                {"C2 x S4", "(1,2)", "(3,4,5,6)", "(3,4)"},
                {"C2 x D8", "(1,2)", "(3,4,5,6)", "(3,5)"},
                {"(C3 x C3) : C2", "(1,2,3)", "(4,5,6)", "(1,2)(4,5)"},
                {"(C3 x C3) : C4", "(1,2,3)", "(4,5,6)", "(1,4,2,5)(3,6)"},
                {"(S3 x S3) : C2", "(1,2,3)", "(1,2)", "(1,4)(2,5)(3,6)"},
                {"C2 x C2 x S3", "(1,2)", "(3,4)", "(5,6,7)", "(5,6)"},
        };
        for (String[] b : built) {
            List<Permutation> gens = new ArrayList<>();
            for (int i = 1; i < b.length; i++) {
                gens.add(Permutation.parseCycles(b[i], 7));
            }
            ElementTable t = PermutationGroup.generatedBy(b[0], 7, gens).elements();
            TreeMap<Integer, Long> h = new TreeMap<>();
            for (int x = 0; x < t.size(); x++) {
                h.merge(t.order(x), 1L, Long::sum);
            }
            KNOWN.putIfAbsent(t.size() + ":" + h, b[0]);
        }
    }

    private StructureNames() {
    }

    private static String sig(int order, int... pairs) {
        TreeMap<Integer, Long> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], (long) pairs[i + 1]);
        }
        return order + ":" + m;
    }

    private static String signature(int n, boolean even) {
        TreeMap<Integer, Long> m = new TreeMap<>();
        long order = 0;
        for (Partition p : Partition.all(n)) {
            if (even && (n - p.length()) % 2 != 0) {
                continue;
            }
            long cnt = CharacterTables.factorial(n).divide(p.centralizerOrder()).longValueExact();
            long l = 1;
            for (int c : p.parts()) {
                l = l / Permutation.gcd(l, c) * c;
            }
            m.merge((int) l, cnt, Long::sum);
            order += cnt;
        }
        return order + ":" + m;
    }

    /** @return a structure name for the subgroup with these element indices of {@code t} */
    public static String describe(ElementTable t, int[] elems, int[] gens) {
        List<int[]> perms = new ArrayList<>();
        for (int x : elems) {
            int[] a = new int[t.degree()];
            for (int p = 0; p < a.length; p++) {
                a[p] = t.image(x, p);
            }
            perms.add(a);
        }
        int[] pts = new int[t.degree()];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = i;
        }
        List<int[]> gp = new ArrayList<>();
        for (int g : gens) {
            int[] a = new int[t.degree()];
            for (int p = 0; p < a.length; p++) {
                a[p] = t.image(g, p);
            }
            gp.add(a);
        }
        return name(perms, gp, pts);
    }

    private static String name(List<int[]> perms, List<int[]> gens, int[] points) {
        List<int[]> elems = restrict(perms, points);
        int order = elems.size();
        if (order == 1) {
            return "1";
        }
        for (int[] x : elems) {
            if (orderOf(x) == order) {
                return "C" + order;
            }
        }
        if (commute(restrictAll(gens, points))) {
            TreeMap<Integer, Long> hist = new TreeMap<>();
            for (int[] a : elems) {
                hist.merge(orderOf(a), 1L, Long::sum);
            }
            return abelianName(order, hist);
        }
        List<int[]> orbits = orbits(elems, points);
        if (orbits.size() > 1 && orbits.size() <= 12) {
            int k = orbits.size();
            for (int mask = 1; mask < (1 << (k - 1)); mask++) {
                int[] a = union(orbits, mask, true);
                int[] b = union(orbits, mask, false);
                int oa = restrict(elems, a).size();
                int ob = restrict(elems, b).size();
                if ((long) oa * ob == order && oa > 1 && ob > 1) {
                    List<String> fs = new ArrayList<>();
                    fs.addAll(List.of(name(elems, gens, a).split(" x ")));
                    fs.addAll(List.of(name(elems, gens, b).split(" x ")));
                    return product(fs);
                }
                if (oa == order && oa > 1 && ob == 1) {
                    return name(elems, gens, a);
                }
                if (ob == order && ob > 1 && oa == 1) {
                    return name(elems, gens, b);
                }
            }
        }
        return abstractName(elems, restrictAll(gens, points));
    }

    /**
     * Joins direct factors in GAP's style: D4m (m odd) inside a product is C2 x D2m; cyclic factors first (decreasing),
     * then the others by decreasing order; exactly C2 x D2m with m odd is D4m (C2 x S3 = D12).
     */
    private static String product(List<String> fs) {
        List<String> flat = new ArrayList<>();
        for (String f : fs) {
            if (f.matches("D\\d+") && Integer.parseInt(f.substring(1)) % 4 == 0
                    && (Integer.parseInt(f.substring(1)) / 4) % 2 == 1) {
                int half = Integer.parseInt(f.substring(1)) / 2;
                flat.add("C2");
                flat.add(half == 6 ? "S3" : "D" + half);
            } else {
                flat.add(f);
            }
        }
        List<String> cyc = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String f : flat) {
            (f.matches("C\\d+") ? cyc : other).add(f.contains(":") ? "(" + f + ")" : f);
        }
        cyc.sort((x, y) -> Integer.compare(Integer.parseInt(y.substring(1)), Integer.parseInt(x.substring(1))));
        other.sort((x, y) -> {
            int c = Long.compare(orderOfName(y), orderOfName(x));
            return c != 0 ? c : x.compareTo(y);
        });
        if (cyc.size() == 1 && cyc.get(0).equals("C2") && other.size() == 1) {
            String o = other.get(0);
            if (o.equals("S3")) {
                return "D12";
            }
            if (o.matches("D\\d+") && (Integer.parseInt(o.substring(1)) / 2) % 2 == 1) {
                return "D" + 2 * Integer.parseInt(o.substring(1));
            }
        }
        List<String> all = new ArrayList<>(cyc);
        all.addAll(other);
        return String.join(" x ", all);
    }

    private static long orderOfName(String f) {
        if (f.matches("[SA]\\d+")) {
            long n = CharacterTables.factorial(Integer.parseInt(f.substring(1))).longValueExact();
            return f.charAt(0) == 'A' ? n / 2 : n;
        }
        if (f.matches("[CD]\\d+")) {
            return Long.parseLong(f.substring(1));
        }
        return 0;
    }

    private static int[] union(List<int[]> orbits, int mask, boolean in) {
        List<Integer> u = new ArrayList<>();
        for (int i = 0; i < orbits.size(); i++) {
            if (((mask >> i) & 1) == (in ? 1 : 0)) {
                for (int p : orbits.get(i)) {
                    u.add(p);
                }
            }
        }
        return u.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static List<int[]> restrict(List<int[]> perms, int[] points) {
        Set<String> seen = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (int[] p : perms) {
            int[] r = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                r[i] = i;
            }
            for (int x : points) {
                r[x] = p[x];
            }
            if (seen.add(Arrays.toString(r))) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<int[]> orbits(List<int[]> elems, int[] points) {
        List<int[]> out = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        for (int p : points) {
            if (done.contains(p)) {
                continue;
            }
            Set<Integer> orb = new HashSet<>();
            for (int[] g : elems) {
                orb.add(g[p]);
            }
            done.addAll(orb);
            out.add(orb.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return out;
    }

    private static int[] mul(int[] a, int[] b) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = b[a[i]];
        }
        return r;
    }

    private static int orderOf(int[] a) {
        long l = 1;
        boolean[] seen = new boolean[a.length];
        for (int x = 0; x < a.length; x++) {
            int len = 0;
            for (int y = x; !seen[y]; y = a[y]) {
                seen[y] = true;
                len++;
            }
            if (len > 0) {
                l = l / Permutation.gcd(l, len) * len;
            }
        }
        return (int) l;
    }

    private static List<int[]> restrictAll(List<int[]> perms, int[] points) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : perms) {
            int[] r = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                r[i] = i;
            }
            for (int x : points) {
                r[x] = p[x];
            }
            out.add(r);
        }
        return out;
    }

    private static boolean commute(List<int[]> gens) {
        for (int[] a : gens) {
            for (int[] b : gens) {
                if (!Arrays.equals(mul(a, b), mul(b, a))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String abstractName(List<int[]> elems, List<int[]> gens) {
        int order = elems.size();
        boolean abelian = true;
        outer:
        for (int[] a : gens) {
            for (int[] b : gens) {
                if (!Arrays.equals(mul(a, b), mul(b, a))) {
                    abelian = false;
                    break outer;
                }
            }
        }
        TreeMap<Integer, Long> hist = new TreeMap<>();
        for (int[] a : elems) {
            hist.merge(orderOf(a), 1L, Long::sum);
        }
        if (abelian) {
            return abelianName(order, hist);
        }
        int m = order / 2;
        if (order % 2 == 0 && hist.getOrDefault(m, 0L) > 0) {
            // cyclic subgroup of index 2; dihedral iff every element outside it is an involution
            long outside = order - m;
            long inv = hist.getOrDefault(2, 0L);
            long invInside = m % 2 == 0 ? 1 : 0;
            if (inv - invInside == outside) {
                return m == 3 ? "S3" : "D" + order;
            }
        }
        String k = KNOWN.get(order + ":" + hist);
        return k != null ? k : "<order " + order + ">";
    }

    private static String abelianName(int order, TreeMap<Integer, Long> hist) {
        // exponents per prime from counts of elements of order dividing p^i
        List<Integer> factors = new ArrayList<>();
        Map<Integer, List<Integer>> expByPrime = new TreeMap<>();
        int rest = order;
        for (int p = 2; p <= rest; p++) {
            if (rest % p != 0) {
                continue;
            }
            while (rest % p == 0) {
                rest /= p;
            }
            List<Long> omega = new ArrayList<>();
            long prev = 1;
            for (int pi = p; ; pi *= p) {
                long c = 0;
                for (Map.Entry<Integer, Long> e : hist.entrySet()) {
                    if (pi % e.getKey() == 0) {
                        c += e.getValue();
                    }
                }
                omega.add(c);
                if (c == prev) {
                    break;
                }
                prev = c;
            }
            // number of cyclic factors of exponent >= i is log_p(|Omega_i| / |Omega_{i-1}|)
            List<Integer> ge = new ArrayList<>();
            long last = 1;
            for (long c : omega) {
                ge.add(log(c / last, p));
                last = c;
            }
            List<Integer> exps = new ArrayList<>();
            for (int i = 0; i < ge.size(); i++) {
                int next = i + 1 < ge.size() ? ge.get(i + 1) : 0;
                for (int j = 0; j < ge.get(i) - next; j++) {
                    exps.add(i + 1);
                }
            }
            exps.sort((a, b) -> b - a);
            expByPrime.put(p, exps);
        }
        int len = expByPrime.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < len; i++) {
            int f = 1;
            for (Map.Entry<Integer, List<Integer>> e : expByPrime.entrySet()) {
                if (i < e.getValue().size()) {
                    for (int j = 0; j < e.getValue().get(i); j++) {
                        f *= e.getKey();
                    }
                }
            }
            factors.add(f);
        }
        StringBuilder sb = new StringBuilder();
        for (int f : factors) {
            sb.append(sb.length() == 0 ? "" : " x ").append("C").append(f);
        }
        return sb.toString();
    }

    private static int log(long x, int p) {
        int e = 0;
        while (x > 1) {
            x /= p;
            e++;
        }
        return e;
    }
}
