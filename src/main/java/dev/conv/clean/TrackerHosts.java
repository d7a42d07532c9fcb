package dev.conv.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Hosts that only track or serve ads: the built-in list ({@code tracker-hosts.txt} next to this
 * class, one host a line, {@code #} comments) plus the policy's extra hosts. A listed host
 * matches itself and its subdomains.
 */
public final class TrackerHosts {
    private static final String RESOURCE = "tracker-hosts.txt";
    private static final TrackerHosts BUILT_IN = new TrackerHosts(load());

    private final Set<String> hosts;

    private TrackerHosts(Set<String> hosts) {
        this.hosts = Collections.unmodifiableSet(hosts);
    }

    public static TrackerHosts builtIn() {
        return BUILT_IN;
    }

    /** The built-in list plus {@code extra} (already normalized, as {@link CleanPolicy} keeps them). */
    public TrackerHosts with(Collection<String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(hosts);
        for (String h : extra) {
            all.add(CleanPolicy.normalizeHost(h));
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
    String mentionedIn(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
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
        try (InputStream in = TrackerHosts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String h = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!h.isEmpty()) {
                    out.add(CleanPolicy.normalizeHost(h));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
