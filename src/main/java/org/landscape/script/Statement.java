package org.landscape.script;

/**
 * One top-level statement of a script.
 *
 * @param text the statement's source text (may span lines)
 * @param line the 1-based line on which it starts
 */
public record Statement(String text, int line) {
}
