package org.landscape.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two builds side by side in one JVM, for a shared machine: {@link DescentSteps} is loaded from each build's
 * classes (with the bench classes) by its own class loader, both are warmed up, then their rounds alternate, so
 * that load from other processes falls on both alike. Prints the minimum and median CPU time per census descent
 * step of each build (a build is a class path of directories), the ratio of the minima and medians, and both trajectory hashes (equal: the same bits).
 * <pre>java -cp bench/target/bench-classes org.landscape.bench.InterleavedDescent BEFORE_CLASSES AFTER_CLASSES
 *     [k pre steps rounds]</pre>
 */
public final class InterleavedDescent {
    private InterleavedDescent() {
    }

    public static void main(String[] args) throws Exception {
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int pre = args.length > 3 ? Integer.parseInt(args[3]) : 1500;
        int steps = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        URL bench = InterleavedDescent.class.getProtectionDomain().getCodeSource().getLocation();
        Method[] round = new Method[2];
        Method[] hash = new Method[2];
        for (int b = 0; b < 2; b++) {
            String[] dirs = args[b].split(":"); // a class path of directories, searched in order
            URL[] urls = new URL[dirs.length + 1];
            for (int u = 0; u < dirs.length; u++) {
                urls[u] = Path.of(dirs[u]).toUri().toURL();
            }
            urls[dirs.length] = bench;
            URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass("org.landscape.bench.DescentSteps");
            c.getMethod("setup", int.class, int.class).invoke(null, k, pre);
            round[b] = c.getMethod("round", int.class);
            hash[b] = c.getMethod("hash");
        }
        double[][] t = new double[2][rounds];
        for (int r = 0; r < rounds + 3; r++) {
            for (int b = 0; b < 2; b++) {
                double per = (double) round[b].invoke(null, steps);
                if (r >= 3) {
                    t[b][r - 3] = per;
                }
            }
        }
        for (int b = 0; b < 2; b++) {
            Arrays.sort(t[b]);
            System.out.printf("%s: CPU us/step min %.1f median %.1f, hash %016x%n", args[b], t[b][0],
                    t[b][rounds / 2], (long) hash[b].invoke(null));
        }
        System.out.printf("after/before: min %.3f, median %.3f (k %d, %d rounds of %d steps after %d)%n",
                t[1][0] / t[0][0], t[1][rounds / 2] / t[0][rounds / 2], k, rounds, steps, pre);
    }
}
