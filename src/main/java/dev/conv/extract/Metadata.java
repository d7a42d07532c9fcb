package dev.conv.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's metadata as front matter keys, in the order they are written: {@code title},
 * {@code author}, {@code date} (published), {@code modified}, {@code url} (canonical),
 * {@code site_name}, {@code lang}, {@code description}, {@code image}. Empty values are left out.
 */
final class Metadata {
    static final String[] KEYS = {"title", "author", "date", "modified", "url", "site_name", "lang", "description",
        "image"};

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Sets {@code key} unless it has a value already: the first source asked wins. */
    void offer(String key, String value) {
        if (value == null) {
            return;
        }
        String v = value.replaceAll("\\s+", " ").strip();
        if (!v.isEmpty() && v.length() <= 2000) {
            values.putIfAbsent(key, v);
        }
    }

    String get(String key) {
        return values.get(key);
    }

    /** The values in {@link #KEYS} order. */
    Map<String, String> ordered() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : KEYS) {
            if (values.containsKey(k)) {
                out.put(k, values.get(k));
            }
        }
        return out;
    }
}
