package dev.conv.url;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hosts that only track or serve ads: the built-in list ({@code tracker-hosts.txt} next to this
 * class, one host a line, {@code #} comments; compiled into {@code TrackerHostList} at build time,
 * so that no run opens the jar to read it) plus the policy's extra hosts. A listed host matches
 * itself and its subdomains.
 */
public final class TrackerHosts {
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final TrackerHosts BUILT_IN = new TrackerHosts(load());

    private final Set<String> hosts;

    private TrackerHosts(Set<String> hosts) {
        this.hosts = Collections.unmodifiableSet(hosts);
    }

    public static TrackerHosts builtIn() {
        return BUILT_IN;
    }

    /** The built-in list plus {@code extra} (normalized again: an entry written as a URL or {@code *.host} counts). */
    public TrackerHosts with(Collection<String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(hosts);
        for (String h : extra) {
            all.add(normalize(h));
        }
        return new TrackerHosts(all);
    }

    public Set<String> hosts() {
        return hosts;
    }

    public int size() {
        return hosts.size();
    }

    /** The listed entry that {@code host} is or is a subdomain of, or null. */
    public String match(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        String h = host;
        while (true) {
            if (hosts.contains(h)) {
                return h;
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return null;
            }
            h = h.substring(dot + 1);
        }
    }

    /**
     * The first listed host named in {@code text} (a script body), bounded so that
     * {@code notgoogle-analytics.com} or {@code google-analytics.community} do not count.
     */
    public String mentionedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String h : hosts) {
            int from = 0;
            while (true) {
                int at = lower.indexOf(h, from);
                if (at < 0) {
                    break;
                }
                int end = at + h.length();
                boolean startOk = at == 0 || !isHostChar(lower.charAt(at - 1)) || lower.charAt(at - 1) == '.';
                boolean endOk = end == lower.length() || !isHostChar(lower.charAt(end))
                        && lower.charAt(end) != '.';
                if (startOk && endOk) {
                    return h;
                }
                from = at + 1;
            }
        }
        return null;
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
    }

    private static Set<String> load() {
        Set<String> out = new LinkedHashSet<>();
        String text = TrackerHostList.TEXT;
        for (int from = 0, end; from < text.length(); from = end + 1) {
            end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end);
            int hash = line.indexOf('#');
            String h = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!h.isEmpty()) {
                out.add(normalize(h));
            }
        }
        return out;
    }

    /**
     * A host as the list keeps it: lower case, without scheme, path, port, leading {@code *.} or
     * {@code .} and trailing dots ({@code https://Stats.Example.org:8080/} is
     * {@code stats.example.org}).
     *
     * @throws IllegalArgumentException when what is left is not a host name
     */
    public static String normalize(String host) {
        String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
        int scheme = h.indexOf("://");
        if (scheme >= 0) {
            h = h.substring(scheme + 3);
        }
        int end = 0;
        while (end < h.length() && "/?#".indexOf(h.charAt(end)) < 0) {
            end++;
        }
        h = h.substring(0, end);
        int port = h.lastIndexOf(':');
        if (port >= 0 && h.substring(port + 1).chars().allMatch(Character::isDigit)) {
            h = h.substring(0, port);
        }
        if (h.startsWith("*.")) {
            h = h.substring(2);
        }
        while (h.startsWith(".")) {
            h = h.substring(1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (!HOST.matcher(h).matches()) {
            throw new IllegalArgumentException("invalid tracker host '" + host + "'");
        }
        return h;
    }
}
