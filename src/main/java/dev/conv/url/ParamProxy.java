package dev.conv.url;

import java.util.List;

/**
 * A proxy or redirector that carries the original URL in a query parameter:
 * {@code https://images.weserv.nl/?url=i.imgur.com/x.jpg}. The first of {@code params} present
 * wins; its value is percent-decoded once, and a value without a scheme reads as https.
 *
 * @param host the host, or {@code *.host} for it and its subdomains
 * @param path the path the proxy answers on, or null for any path
 * @param params the parameter names, in order of preference
 */
public record ParamProxy(String host, String path, List<String> params) implements UnwrapRule {

    public ParamProxy {
        params = List.copyOf(params);
    }

    @Override
    public String unwrap(UriReference url) {
        if (!HostPattern.of(host).matches(url.host()) || path != null && !pathMatches(url.path())) {
            return null;
        }
        for (String param : params) {
            String value = QueryString.firstValue(url.query(), param);
            if (value != null) {
                return Originals.accept(Originals.withDefaultScheme(PercentEncoding.decode(value)));
            }
        }
        return null;
    }

    private boolean pathMatches(String p) {
        return p.equals(path) || path.equals("/") && p.isEmpty();
    }

    @Override
    public String name() {
        return host + (path == null ? "" : path) + " (" + String.join(" or ", params) + "=)";
    }
}
