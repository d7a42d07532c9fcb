package dev.conv.url;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Drops tracking parameters from a URL's query, keeping every other byte as it was (order,
 * encoding, empty pairs, the fragment); the {@code ?} goes when nothing is left. The built-in
 * list is {@code tracking-params.txt} beside this class. Immutable; build once per run.
 */
public final class TrackingParams {
    private static final String RESOURCE = "tracking-params.txt";
    private static final TrackingParams BUILT_IN = new TrackingParams(load());

    /** A rule with its hosts parsed once. */
    private record Compiled(ParamRule rule, List<HostPattern> hosts) {
        boolean appliesTo(String host) {
            if (hosts.isEmpty()) {
                return true;
            }
            for (HostPattern h : hosts) {
                if (h.matches(host)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<ParamRule> rules;
    private final List<Compiled> compiled;

    private TrackingParams(List<ParamRule> rules) {
        this.rules = List.copyOf(rules);
        this.compiled = this.rules.stream().map(r -> new Compiled(r, r.hostPatterns())).toList();
    }

    public static TrackingParams builtIn() {
        return BUILT_IN;
    }

    /** Only {@code rules}: for names dropped on local links alone ({@code --drop-param t}). */
    public static TrackingParams of(List<ParamRule> rules) {
        return new TrackingParams(rules);
    }

    public TrackingParams with(List<ParamRule> more) {
        List<ParamRule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new TrackingParams(all);
    }

    public List<ParamRule> rules() {
        return rules;
    }

    public UrlOutcome strip(String url) {
        String problem = UrlCheck.problem(url);
        if (problem != null) {
            return UrlOutcome.leftAsIs(url, problem);
        }
        UriReference ref = UriReference.parse(url);
        if (ref.query() == null || ref.query().isEmpty()) {
            return UrlOutcome.unchanged(url);
        }
        String host = ref.host();
        List<ParamRule> here = new ArrayList<>();
        for (Compiled c : compiled) {
            if (c.appliesTo(host)) {
                here.add(c.rule());
            }
        }
        List<String> dropped = new ArrayList<>();
        String query = QueryString.without(ref.query(), name -> drops(here, name), dropped);
        if (dropped.isEmpty()) {
            return UrlOutcome.unchanged(url);
        }
        return UrlOutcome.changed(url, ref.withQuery(query).toString(),
                "dropped tracking parameters " + String.join(", ", new LinkedHashSet<>(dropped)));
    }

    private static boolean drops(List<ParamRule> rules, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ParamRule r : rules) {
            if (r.matchesName(lower)) {
                return true;
            }
        }
        return false;
    }

    /** The lines of the rules file format: {@code NAME [HOST ...]}, {@code #} comments. */
    static List<ParamRule> parseLines(String text) {
        List<ParamRule> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] words = content.split("\\s+");
            out.add(new ParamRule(words[0], Arrays.asList(words).subList(1, words.length)));
        }
        return out;
    }

    private static List<ParamRule> load() {
        try (InputStream in = TrackingParams.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parseLines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
