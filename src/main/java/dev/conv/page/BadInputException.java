package dev.conv.page;

/**
 * A file conv refuses to process: binary, undecodable, too large or unreadable. The message is
 * the reason alone ("not a text file"); the caller prefixes the file name.
 */
public class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
