package dev.conv.config;

/**
 * A configuration value that cannot be used, with where it was given: {@code FILE:LINE: KEY:
 * reason} for a file, {@code OPTION: reason} for the command line. Thrown before any page is
 * touched.
 */
public final class ConfigException extends RuntimeException {
    private final transient Origin origin;
    private final String key;
    private final String reason;

    public ConfigException(Origin origin, String key, String reason) {
        super(message(origin, key, reason), null, false, false);
        this.origin = origin;
        this.key = key;
        this.reason = reason;
    }

    public Origin origin() {
        return origin;
    }

    public String key() {
        return key;
    }

    public String reason() {
        return reason;
    }

    private static String message(Origin origin, String key, String reason) {
        if (origin.isFile()) {
            return origin.file() + (origin.line() > 0 ? ":" + origin.line() : "") + ": "
                    + (key == null ? "" : key + ": ") + reason;
        }
        if (origin.isCommandLine()) {
            return origin.option() + ": " + reason;
        }
        return (key == null ? "" : key + ": ") + reason;
    }
}
