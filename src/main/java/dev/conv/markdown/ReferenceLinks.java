package dev.conv.markdown;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reference-style links: a numbered label per destination and title, defined at the end. */
final class ReferenceLinks implements InlineRenderer.References {
    private final Map<String, String> labels = new LinkedHashMap<>();

    @Override
    public String label(String url, String title) {
        String key = url + '\u0000' + (title == null ? "" : title);
        return labels.computeIfAbsent(key, k -> String.valueOf(labels.size() + 1));
    }

    /** The definitions, one per line, or "" when no link was written. */
    String definitions() {
        StringBuilder defs = new StringBuilder();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            String[] parts = e.getKey().split("\u0000", -1);
            if (defs.length() > 0) {
                defs.append('\n');
            }
            String destination = MarkdownSyntax.destination(parts[0]);
            defs.append('[').append(e.getValue()).append("]: ").append(destination.isEmpty() ? "<>" : destination);
            if (!parts[1].isEmpty()) {
                defs.append(' ').append(MarkdownSyntax.title(parts[1]));
            }
        }
        return defs.toString();
    }
}
