package dev.conv.url;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Repairs of links that an earlier converter broke. Pure functions on a link's parts. */
public final class LinkRepair {

    /** A link's new destination and title (null when it has none). */
    public record Target(String destination, String title) {
    }

    /** The endings of the files a page links to: a relative destination with one names a file. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "html", "htm",
            "xhtml", "shtml", "php", "asp", "aspx", "jsp", "txt", "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg",
            "avif", "bmp", "ico", "tif", "tiff", "mp4", "webm", "mov", "mp3", "ogg", "wav", "m4a", "zip", "gz", "7z",
            "rar", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "epub", "csv", "json", "xml");

    private LinkRepair() {
    }

    /**
     * Whether the text between a {@code [text](} and its {@code )}, which CommonMark did not take
     * as a destination (a space or an unbalanced parenthesis in it), is still plainly a URL or a
     * path, so that encoding it makes the link the author meant: an http(s) or ftp URL with a host
     * free of spaces, or a relative path that starts with {@code /}, {@code ./} or {@code ../} or
     * ends in a file's extension ({@code a b.md}). Prose ({@code see the notes above}), other
     * schemes and scheme-relative URLs are not.
     */
    public static boolean looksLikeLink(String destination) {
        String d = destination;
        if (d.isEmpty() || Character.isWhitespace(d.charAt(0)) || Character.isWhitespace(d.charAt(d.length() - 1))) {
            return false;
        }
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < ' ' || c == 0x7F || c == '<' || c == '>') {
                return false;
            }
        }
        UriReference ref = UriReference.parse(d);
        if (ref.scheme() != null) {
            String scheme = ref.schemeLowerCase();
            String host = ref.authority();
            return (scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")) && host != null
                    && !host.isEmpty() && host.chars().noneMatch(Character::isWhitespace);
        }
        if (ref.authority() != null) {
            return false;
        }
        String path = ref.path();
        if (path.startsWith("/") || path.startsWith("./") || path.startsWith("../")) {
            return true;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && FILE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
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
