/**
 * Formula to fast code: the symbolic profiles of {@code symbolic.KernelDerivation} are printed as Java
 * ({@link org.landscape.compile.ProfileGenerator}, with exact series near \( \theta = 0, \pi \)), committed
 * as {@code compile.generated.LeakyKernelProfiles} (drift-tested) or compiled in memory by Janino
 * ({@link org.landscape.compile.JaninoCompiler}); {@link org.landscape.compile.InterpretedProfiles} is the slow
 * fallback that evaluates the Symja expressions on every call. {@link org.landscape.compile.KernelProfilesFactory}
 * chooses among them and records why. Sits between {@code symbolic} and {@code model}.
 */
package org.landscape.compile;
