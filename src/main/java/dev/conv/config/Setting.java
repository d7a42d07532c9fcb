package dev.conv.config;

import java.util.List;

/**
 * A key's value and where it came from; a list also knows where each item came from, so an error
 * in the third item of a list names that item's line.
 *
 * @param key the key, section first ({@code links.via})
 * @param value a Java value of the key's {@link ValueType}
 * @param origin where the value was given
 * @param itemOrigins one origin per item of a list value, else empty
 */
public record Setting(String key, Object value, Origin origin, List<Origin> itemOrigins) {
    public Setting {
        itemOrigins = List.copyOf(itemOrigins);
    }

    public Setting(String key, Object value, Origin origin) {
        this(key, value, origin, List.of());
    }

    /** A configuration error about this value. */
    public ConfigException error(String reason) {
        return new ConfigException(origin, key, reason);
    }

    /** A configuration error about item {@code index} of this list. */
    public ConfigException error(int index, String reason) {
        Origin at = index >= 0 && index < itemOrigins.size() ? itemOrigins.get(index) : origin;
        return new ConfigException(at, key, reason);
    }
}
