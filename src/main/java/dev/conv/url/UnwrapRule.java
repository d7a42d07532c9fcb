package dev.conv.url;

/** One proxy or redirector: the URL it wraps, read from its own URL. */
public interface UnwrapRule {

    /** The wrapped URL, absolute http(s), or null when {@code url} is not one of this rule's. */
    String unwrap(UriReference url);

    /** What the change report names: the proxy's host or the rule as written. */
    String name();
}
