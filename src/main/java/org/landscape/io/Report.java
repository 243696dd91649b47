package org.landscape.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A result rendered two ways side by side: one JSON object (for {@code --json}) and the text a person reads. The
 * renderers of {@link GroupReport} fill both, in the same order, so that the two cannot drift apart.
 *
 * @param json the JSON object (written)
 * @param text the text (written)
 */
public record Report(ObjectNode json, StringBuilder text) {
    /** @return the JSON (pretty, with a final newline) when {@code json}, else the text */
    public String render(boolean asJson) {
        return asJson ? GroupJson.write(json) + "\n" : text.toString();
    }
}
