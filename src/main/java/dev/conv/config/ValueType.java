package dev.conv.config;

/**
 * The kinds of value a key holds, as Java values: {@code String}, {@code Boolean}, {@code Integer},
 * {@code List<String>}, a {@code Path} (resolved against the configuration file's directory),
 * {@code List<Path>}, or raw YAML data for a section a step reads itself.
 */
public enum ValueType {
    STRING("a string"),
    BOOLEAN("true or false"),
    INT("a whole number"),
    STRINGS("a list of strings"),
    PATH("a path"),
    PATHS("a list of paths"),
    /** Lists and mappings of scalars, read as plain Java data (lists, maps, strings). */
    DATA("a list or mapping");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
