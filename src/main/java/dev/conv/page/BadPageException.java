package dev.conv.page;

/**
 * Bad input a step finds while it works on a page that read well (HTML nested past what the HTML
 * parser survives): that file's failure, reported by name, not a bug in conv. Unchecked because
 * a {@code Step} declares no exceptions. The message is the reason alone; the caller prefixes the
 * file name.
 */
public class BadPageException extends RuntimeException {
    public BadPageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
