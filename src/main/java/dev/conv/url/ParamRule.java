package dev.conv.url;

import java.util.List;
import java.util.Locale;

/**
 * A query parameter to drop: a name ({@code name*} for every name that starts with it) and the
 * hosts it is dropped on, none meaning everywhere. Names compare without case.
 *
 * @param name the name, lower case, maybe ending with {@code *}
 * @param hosts host patterns ({@code example.com}, {@code *.example.com}, {@code example.*})
 */
public record ParamRule(String name, List<String> hosts) {

    public ParamRule {
        if (name == null || name.isBlank() || name.equals("*")) {
            throw new IllegalArgumentException("a parameter rule needs a name: " + name);
        }
        name = name.strip().toLowerCase(Locale.ROOT);
        hosts = List.copyOf(hosts);
    }

    /** The host patterns, parsed: built once per run by {@link TrackingParams}. */
    List<HostPattern> hostPatterns() {
        return hosts.stream().map(HostPattern::of).toList();
    }

    /** {@code lowerName} is already lower case. */
    boolean matchesName(String lowerName) {
        return name.endsWith("*") ? lowerName.startsWith(name.substring(0, name.length() - 1)) : lowerName.equals(name);
    }
}
