package dev.conv.url;

/**
 * A URL prefix mapped onto another: {@code https://www.epochtimes.com/gb/ ->
 * http://141.164.63.68:10080/gb/}. Scheme and host compare without case; the prefix must end
 * at a segment boundary, so {@code https://a.example} does not match {@code https://a.example.org}.
 *
 * @param from the prefix to find
 * @param to what replaces it
 */
public record PrefixRule(String from, String to) implements UnwrapRule {

    /** {@code url} with the prefix replaced, or null when it does not start with the prefix. */
    public String apply(String url) {
        return map(url, from, to);
    }

    /** The same rule read backwards. */
    public PrefixRule reversed() {
        return new PrefixRule(to, from);
    }

    @Override
    public String unwrap(UriReference url) {
        return apply(url.toString());
    }

    @Override
    public String name() {
        return from + " -> " + to;
    }

    private static String map(String url, String from, String to) {
        UriReference f = UriReference.parse(from);
        UriReference u = UriReference.parse(url);
        if (f.scheme() == null || u.scheme() == null || !f.scheme().equalsIgnoreCase(u.scheme())
                || f.authority() == null || u.authority() == null || !f.authority().equalsIgnoreCase(u.authority())) {
            return null;
        }
        int restStart = u.scheme().length() + 3 + u.authority().length();
        String rest = url.substring(restStart);
        String prefix = from.substring(f.scheme().length() + 3 + f.authority().length());
        if (!rest.startsWith(prefix)) {
            return null;
        }
        String after = rest.substring(prefix.length());
        boolean boundary = prefix.endsWith("/") || after.isEmpty() || "/?#".indexOf(after.charAt(0)) >= 0;
        return boundary ? to + after : null;
    }
}
