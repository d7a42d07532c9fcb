package dev.conv.url;

/**
 * What a URL rule did to one URL: changed it (and why), left it unchanged because no rule applied,
 * or left it as it is because it could not be read (with the reason, for the step to report with
 * its file and line). Rules never throw on a URL.
 *
 * @param url the URL to write: the new one when changed, else the original
 * @param original the URL as it was given
 * @param status what happened
 * @param reason why it changed or was left as it is; "" when unchanged
 */
public record UrlOutcome(String url, String original, Status status, String reason) {

    public enum Status { CHANGED, UNCHANGED, LEFT_AS_IS }

    public static UrlOutcome unchanged(String url) {
        return new UrlOutcome(url, url, Status.UNCHANGED, "");
    }

    /** A changed outcome, or unchanged when the new URL is the same text. */
    public static UrlOutcome changed(String original, String url, String reason) {
        return url.equals(original) ? unchanged(original) : new UrlOutcome(url, original, Status.CHANGED, reason);
    }

    public static UrlOutcome leftAsIs(String original, String reason) {
        return new UrlOutcome(original, original, Status.LEFT_AS_IS, reason);
    }

    public boolean changed() {
        return status == Status.CHANGED;
    }

    public boolean leftAsIs() {
        return status == Status.LEFT_AS_IS;
    }

    /**
     * This outcome followed by {@code next}, which was applied to {@link #url()}: the result
     * reads as one step from the first original, its reasons joined.
     */
    public UrlOutcome then(UrlOutcome next) {
        if (next.status == Status.UNCHANGED) {
            return this;
        }
        if (next.status == Status.LEFT_AS_IS) {
            return status == Status.CHANGED
                    ? new UrlOutcome(url, original, Status.CHANGED, reason + "; then left as it is: " + next.reason)
                    : leftAsIs(original, next.reason);
        }
        if (status != Status.CHANGED) {
            return changed(original, next.url, next.reason);
        }
        return changed(original, next.url, reason + "; " + next.reason);
    }
}
