package dev.conv.url;

import java.util.Locale;

/**
 * A host as rules name it: {@code example.com} is that host alone; {@code *.example.com} that
 * host and every subdomain of it; {@code google.*} the name under any country's domain
 * ({@code google.de}, {@code google.co.uk}, {@code google.com.hk}), with or without {@code www.}.
 */
record HostPattern(String host, Kind kind) {

    enum Kind { EXACT, SUBDOMAINS, ANY_COUNTRY }

    static HostPattern of(String pattern) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            return new HostPattern(p.substring(2), Kind.SUBDOMAINS);
        }
        if (p.endsWith(".*")) {
            return new HostPattern(p.substring(0, p.length() - 2), Kind.ANY_COUNTRY);
        }
        return new HostPattern(p, Kind.EXACT);
    }

    boolean matches(String h) {
        switch (kind) {
            case EXACT:
                return h.equals(host);
            case SUBDOMAINS:
                return h.equals(host) || h.endsWith(host) && h.length() > host.length()
                        && h.charAt(h.length() - host.length() - 1) == '.';
            default:
                String name = h.startsWith("www.") ? h.substring(4) : h;
                return name.startsWith(host + ".") && isCountryTail(name.substring(host.length() + 1));
        }
    }

    /** One or two short labels: {@code com}, {@code de}, {@code co.uk}, {@code com.hk}. */
    private static boolean isCountryTail(String tail) {
        String[] labels = tail.split("\\.", -1);
        if (labels.length > 2) {
            return false;
        }
        for (String l : labels) {
            if (l.length() < 2 || l.length() > 3 || !l.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return kind == Kind.SUBDOMAINS ? "*." + host : kind == Kind.ANY_COUNTRY ? host + ".*" : host;
    }
}
