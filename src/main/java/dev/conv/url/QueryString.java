package dev.conv.url;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A query read as {@code name=value} pairs separated by {@code &}, the form every proxy and
 * tracker here uses. Edits keep every other byte: the order, the encoding, empty pairs.
 */
final class QueryString {
    private QueryString() {
    }

    /** The raw (still encoded) value of the first pair named {@code name}, or null. */
    static String firstValue(String query, String name) {
        if (query == null) {
            return null;
        }
        int from = 0;
        while (from <= query.length()) {
            int amp = query.indexOf('&', from);
            int end = amp < 0 ? query.length() : amp;
            int eq = from + name.length();
            if (eq < end && query.charAt(eq) == '=' && query.regionMatches(from, name, 0, name.length())) {
                return query.substring(eq + 1, end);
            }
            if (amp < 0) {
                break;
            }
            from = amp + 1;
        }
        return null;
    }

    /** The pair's name, percent-decoded. */
    static String name(String pair) {
        int eq = pair.indexOf('=');
        return PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq));
    }

    /**
     * The query without the pairs whose decoded name {@code drop} accepts, or null when none is
     * left (so that the {@code ?} goes too). The names dropped are added to {@code dropped}.
     */
    static String without(String query, Predicate<String> drop, List<String> dropped) {
        List<String> kept = new ArrayList<>();
        boolean any = false;
        for (String pair : query.split("&", -1)) {
            String name = name(pair);
            if (!name.isEmpty() && drop.test(name)) {
                dropped.add(name);
                any = true;
            } else {
                kept.add(pair);
            }
        }
        if (!any) {
            return query;
        }
        String rest = String.join("&", kept);
        return kept.isEmpty() ? null : rest;
    }
}
