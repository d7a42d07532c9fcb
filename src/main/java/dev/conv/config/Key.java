package dev.conv.config;

import java.util.List;

/**
 * One configuration key.
 *
 * @param name its full name, section first: {@code base-url}, {@code html2md.wrap}
 * @param type what it holds
 * @param defaultValue its value when nobody gives one (a Java value of its type), or null
 * @param choices the strings it may hold, or empty for any
 * @param help one line for {@code conv config} and the README
 */
public record Key(String name, ValueType type, Object defaultValue, List<String> choices, String help) {
    public Key {
        choices = List.copyOf(choices);
    }

    /** The section it belongs to ({@code html2md}), or the empty string for a top-level key. */
    public String section() {
        int dot = name.indexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** Its name inside its section: {@code wrap}. */
    public String localName() {
        return name.substring(name.indexOf('.') + 1);
    }
}
