/**
 * Foundation shared by every package: the exception family (one-line messages that name the fix),
 * argument guards, and {@link org.landscape.base.Evidence}, which every reported number carries.
 * Depends on the JDK only.
 */
package org.landscape.base;
