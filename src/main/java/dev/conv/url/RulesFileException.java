package dev.conv.url;

/** A rules file that cannot be read, with the file and the place in it. */
public final class RulesFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RulesFileException(String message) {
        super(message);
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
