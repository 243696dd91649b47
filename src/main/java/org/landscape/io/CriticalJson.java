package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.IsotropySubgroup;
import org.landscape.analysis.IsotypicBlock;
import org.landscape.analysis.MinimumCertificate;

import java.io.PrintWriter;

/** JSON and text rendering of the analysis results of the critical, spectrum and census commands. */
public final class CriticalJson {
    private CriticalJson() {
    }

    public static ObjectNode certificate(MinimumCertificate.Certificate c) {
        ObjectNode o = Output.object();
        o.put("verdict", c.verdict().name());
        o.put("gradient_norm_bound", c.gradientNormBound());
        o.put("smallest_eigenvalue", c.smallestEigenvalue());
        o.put("eigenvalue_error", c.eigenvalueError());
        o.put("margin", c.margin());
        o.set("evidence", Output.evidence(c.evidence()));
        return o;
    }

    public static ObjectNode isotropy(IsotropySubgroup iso) {
        ObjectNode o = Output.object();
        o.put("structure", iso.structure());
        Output.order(o, "order", iso.order());
        ArrayNode g = o.putArray("generators");
        iso.generatorStrings().forEach(g::add);
        o.put("points", "rows 1.." + iso.k() + ", columns " + (iso.k() + 1) + ".." + (iso.k() + iso.d()));
        o.set("evidence", Output.evidence(iso.evidence()));
        iso.canonical().ifPresent(c -> {
            ObjectNode co = o.putObject("canonical");
            co.put("structure", c.structure());
            ArrayNode cg = co.putArray("generators");
            c.generatorStrings().forEach(cg::add);
            co.put("meaning", "isotropy of the canonical representative of W's orbit (rows sorted, columns over all "
                    + "admissible permutations): equal for conjugate isotropy groups");
        });
        return o;
    }

    public static ObjectNode spectrum(HessianSpectrum s) {
        ObjectNode o = Output.object();
        o.set("isotropy", isotropy(s.isotropy()));
        ArrayNode bs = o.putArray("blocks");
        for (IsotypicBlock b : s.blocks()) {
            ObjectNode bo = bs.addObject();
            bo.put("irrep", b.irrep());
            bo.put("irrep_dimension", b.irrepDimension());
            bo.put("copies", b.copies());
            ArrayNode ev = bo.putArray("eigenvalues");
            for (double e : b.eigenvalues()) {
                ev.add(e);
            }
            ArrayNode mu = bo.putArray("multiplicities");
            for (int m : b.multiplicities()) {
                mu.add(m);
            }
        }
        ArrayNode de = o.putArray("eigenvalues");
        for (HessianSpectrum.DistinctEigenvalue e : s.distinctEigenvalues()) {
            ObjectNode eo = de.addObject();
            eo.put("value", e.value());
            eo.put("multiplicity", e.multiplicity());
            eo.put("component", e.component());
            eo.put("error_bound", e.errorBound());
        }
        o.put("index", s.index());
        o.put("nullity", s.nullity());
        o.put("total_multiplicity", s.totalMultiplicity());
        o.put("smallest_abs_eigenvalue", s.smallestModulus());
        o.put("error_bound", s.errorBound());
        o.put("index_certain", s.indexCertain());
        o.put("dense_difference", s.denseDifference());
        o.set("evidence", Output.evidence(s.evidence()));
        return o;
    }

    public static ObjectNode critical(CriticalPoint c) {
        ObjectNode o = Output.object();
        o.put("status", c.newton().status().name());
        o.put("iterations", c.newton().iterations());
        ArrayNode hist = o.putArray("residual_history");
        for (double r : c.newton().residualHistory()) {
            hist.add(r);
        }
        o.put("alpha", c.alpha());
        o.put("subspace", c.subspace());
        o.put("unknowns", c.subspaceDimension());
        o.put("route", c.route());
        Output.matrix(o, "point", c.w());
        o.put("loss", Output.loss(c.loss()));
        o.put("normalisation", Output.NORMALISATION);
        o.put("gradient_norm", c.gradientNorm());
        o.set("gradient_evidence", Output.evidence(c.evidence()));
        c.isotropy().ifPresent(i -> o.set("isotropy", isotropy(i)));
        c.spectrum().ifPresent(s -> {
            ObjectNode so = spectrum(s);
            so.remove("isotropy");
            o.set("spectrum", so);
        });
        return o;
    }

    /** @return a group order for text output: exact up to 15 digits, else as {@code 3.943e375} */
    public static String orderText(java.math.BigInteger order) {
        String t = order.toString();
        if (t.length() <= 15) {
            return t;
        }
        return t.charAt(0) + "." + t.substring(1, 4) + "e" + (t.length() - 1);
    }

    public static void printSpectrum(PrintWriter out, HessianSpectrum s) {
        IsotropySubgroup i = s.isotropy();
        String gens = i.generatorStrings().toString();
        out.println("isotropy: " + i.structure() + ", order " + orderText(i.order()) + (gens.length() > 200 ? ""
                : ", generators " + gens + " (rows 1.." + i.k() + ", columns " + (i.k() + 1) + ".." + (i.k() + i.d())
                + ")"));
        java.util.List<HessianSpectrum.DistinctEigenvalue> distinct = s.distinctEigenvalues();
        out.println("Hessian spectrum: " + distinct.size() + " distinct eigenvalues in " + s.blocks().size()
                + " isotypic blocks (" + s.evidence().method() + ")");
        int width = 9;
        for (HessianSpectrum.DistinctEigenvalue e : distinct) {
            width = Math.max(width, e.component().length());
        }
        out.println(String.format("  %20s %10s  %-" + width + "s %9s", "eigenvalue", "mult", "component", "+- error"));
        for (HessianSpectrum.DistinctEigenvalue e : distinct) {
            out.println(String.format("  %20.12e %10d  %-" + width + "s %9.1e", e.value(), e.multiplicity(),
                    e.component(), e.errorBound()));
        }
        out.println("Morse index: " + s.index() + (s.nullity() == 0 ? "" : ", numerically zero eigenvalues: "
                + s.nullity() + " (|eigenvalue| <= error bound; the point is degenerate)"));
        out.println(String.format("smallest |eigenvalue|: %.6e +- %.1e (%s)", s.smallestModulus(), s.errorBound(),
                Double.isNaN(s.denseDifference()) ? s.evidence().detail()
                        : s.evidence().detail() + "; the dense spectrum differs by "
                        + String.format("%.1e", s.denseDifference())));
    }
}
