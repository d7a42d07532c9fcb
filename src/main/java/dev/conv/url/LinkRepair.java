package dev.conv.url;

import java.util.Optional;

/** Repairs of links that an earlier converter broke. Pure functions on a link's parts. */
public final class LinkRepair {

    /** A link's new destination and title (null when it has none). */
    public record Target(String destination, String title) {
    }

    private LinkRepair() {
    }

    /**
     * {@code [text]( "https://x")}: the converter put the URL in the title and left the
     * destination empty. The URL becomes the destination and the title, which only repeated
     * it, goes. Only an absolute http(s) URL counts.
     */
    public static Optional<Target> urlFromTitle(String destination, String title) {
        if (destination != null && !destination.isBlank() || title == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(Originals.accept(title)).map(url -> new Target(url, null));
    }

    /**
     * Link text or an image's alt text that is just the URL of a proxied image: the clean URL,
     * to write instead, as the link itself is unwrapped.
     */
    public static Optional<String> cleanText(String text, Unwrapper unwrapper) {
        String t = text.strip();
        if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        UrlOutcome out = unwrapper.unwrap(t);
        return out.changed() ? Optional.of(out.url()) : Optional.empty();
    }
}
