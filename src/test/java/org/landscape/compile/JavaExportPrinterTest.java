package org.landscape.compile;

import org.junit.jupiter.api.Test;
import org.landscape.compile.generated.LeakyKernelProfiles;
import org.landscape.model.Models;
import org.landscape.model.ProfileKernel;
import org.landscape.symbolic.FormulaId;

import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exported standalone Java compiles and agrees with the compiled model: the Hessian export entry by entry, and
 * the exported frame coefficients, combined with the compiled profiles, reproduce the Hessian block in d = 4.
 */
class JavaExportPrinterTest {

    @Test
    void javaExportCompilesAndAgreesWithTheModel() throws Exception {
        String src = JavaExportPrinter.print(FormulaId.HESSIAN);
        Class<?> cls = JaninoCompiler.compile("LeakyReluHessian", src);
        Method kernel = cls.getMethod("kernel", double[].class, double[].class, double.class);
        Method hww = cls.getMethod("hessianWW", double[].class, double[].class, double.class);
        double[][] pairs = {{1, 0, 0}, {Math.cos(1e-9), Math.sin(1e-9), 0}, {-1, 1e-3, 0}, {0.2, -0.7, 1.1}};
        for (double alpha : new double[]{-1.3, 0, 0.2, 1.7}) {
            ProfileKernel pk = Models.kernel(alpha);
            for (double[] v : pairs) {
                double[] w = {0.4, 0.9, -0.1};
                assertEquals(pk.value(w, v), (double) kernel.invoke(null, w, v, alpha), 0.0);
                double[] expected = new double[9];
                pk.hessianWW(w, v, expected);
                double[] got = (double[]) hww.invoke(null, w, v, alpha);
                for (int i = 0; i < 9; i++) {
                    assertEquals(expected[i], got[i], 1e-15 * (1 + Math.abs(expected[i])));
                }
            }
        }
    }

    @Test
    void exportedFrameCoefficientsReproduceTheCompiledModel() throws Exception {
        String src = JavaExportPrinter.print(FormulaId.HESSIAN_WV_FRAME);
        Class<?> cls = JaninoCompiler.compile("LeakyReluHessianWvFrame", src);
        Method coef = cls.getMethod("hessianWVFrame", double.class, double.class, double.class, double.class,
                double.class, double.class, double.class, double.class);
        double alpha = 0.35;
        double[] w = {0.4, 0.9, -0.1, 0.3};
        double[] v = {1.1, -0.2, 0.5, 0.7};
        double nw = Math.sqrt(0.16 + 0.81 + 0.01 + 0.09);
        double nv = Math.sqrt(1.21 + 0.04 + 0.25 + 0.49);
        double u = 0;
        for (int c = 0; c < 4; c++) {
            u += w[c] * v[c] / (nw * nv);
        }
        double theta = Math.acos(u);
        double[] p = new double[8];
        new LeakyKernelProfiles().nearZero(theta, p);
        double beta = (1 - alpha) * (1 - alpha);
        double hp = alpha * p[1] + beta * p[5];
        double s = alpha * p[2] + beta * p[6];
        double t = alpha * p[3] + beta * p[7];
        double[] c = (double[]) coef.invoke(null, nw, nv, theta, 0.0, hp, s, t, alpha);
        double[] n = new double[4];
        double[] m = new double[4];
        double sin = Math.sin(theta);
        for (int q = 0; q < 4; q++) {
            n[q] = (v[q] / nv - u * w[q] / nw) / sin;
            m[q] = (w[q] / nw - u * v[q] / nv) / sin;
        }
        ProfileKernel pk = Models.kernel(alpha);
        double[] expected = new double[16];
        pk.hessianWV(w, v, expected);
        for (int r = 0; r < 4; r++) {
            for (int q = 0; q < 4; q++) {
                double got = (r == q ? c[0] : 0) + c[1] * w[r] / nw * v[q] / nv + c[2] * n[r] * m[q];
                assertEquals(expected[r * 4 + q], got, 1e-13);
            }
        }
    }

    /** Central difference of {@code f} in coordinate c of {@code x} (step h), f vector-valued. */
    private static double[] centralDifference(java.util.function.Function<double[], double[]> f, double[] x, int c,
                                              double h) {
        double[] xp = x.clone();
        double[] xm = x.clone();
        xp[c] += h;
        xm[c] -= h;
        double[] fp = f.apply(xp);
        double[] fm = f.apply(xm);
        double[] out = new double[fp.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (fp[i] - fm[i]) / (2 * h);
        }
        return out;
    }

    private static double[] call(Method m, double[] w, double[] v, double alpha) {
        try {
            Object r = m.invoke(null, w, v, alpha);
            return r instanceof Double x ? new double[]{x} : (double[]) r;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The exported gradient and Hessian blocks, assembled from the derived frame coefficients, are the derivatives
     * of the exported kernel: central differences (step 1e-5, error O(h^2) ~ 1e-10) of the kernel give the gradient,
     * differences of the gradient in w and in v give the two Hessian blocks, in d = 4 at generic pairs.
     */
    @Test
    void exportedDerivativesAreFiniteDifferencesOfTheExportedKernel() throws Exception {
        Class<?> grad = JaninoCompiler.compile("LeakyReluGradient", JavaExportPrinter.print(FormulaId.GRADIENT));
        Class<?> hess = JaninoCompiler.compile("LeakyReluHessian", JavaExportPrinter.print(FormulaId.HESSIAN));
        Method kernel = grad.getMethod("kernel", double[].class, double[].class, double.class);
        Method gw = grad.getMethod("gradientW", double[].class, double[].class, double.class);
        Method hww = hess.getMethod("hessianWW", double[].class, double[].class, double.class);
        Method hwv = hess.getMethod("hessianWV", double[].class, double[].class, double.class);
        double h = 1e-5;
        double[] w = {0.4, 0.9, -0.1, 0.3};
        double[][] vs = {{1.1, -0.2, 0.5, 0.7}, {-0.5, -1.0, 0.2, -0.2}, {0.3, 0.2, 0.9, -1.4}};
        for (double alpha : new double[]{-0.7, 0, 0.35, 2}) {
            for (double[] v : vs) {
                double[] g = call(gw, w, v, alpha);
                double[] ww = call(hww, w, v, alpha);
                double[] wv = call(hwv, w, v, alpha);
                for (int c = 0; c < 4; c++) {
                    double fd = centralDifference(x -> call(kernel, x, v, alpha), w, c, h)[0];
                    assertEquals(fd, g[c], 1e-9, "gradient " + c);
                    double[] fdW = centralDifference(x -> call(gw, x, v, alpha), w, c, h);
                    double[] fdV = centralDifference(x -> call(gw, w, x, alpha), v, c, h);
                    for (int r = 0; r < 4; r++) {
                        assertEquals(fdW[r], ww[r * 4 + c], 1e-8, "Hess_ww (" + r + "," + c + ")");
                        assertEquals(fdV[r], wv[r * 4 + c], 1e-8, "Hess_wv (" + r + "," + c + ")");
                    }
                }
            }
        }
    }
}
