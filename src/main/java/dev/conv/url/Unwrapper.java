package dev.conv.url;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the original URL out of proxies and redirectors, the built-in ones and a user's, until
 * none applies: a Google redirect to a weserv copy of a Photon image gives the image. The rounds
 * are bounded, so rules that wrap each other cannot loop. Immutable; build once per run.
 */
public final class Unwrapper {
    /** No real page nests proxies this deep; rules that map onto each other do. */
    static final int MAX_ROUNDS = 8;

    private final List<UnwrapRule> rules;

    private Unwrapper(List<UnwrapRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Unwrapper of(List<? extends UnwrapRule> rules) {
        return new Unwrapper(new ArrayList<>(rules));
    }

    /** The built-in proxies and redirectors (the README lists them). */
    public static Unwrapper builtIn() {
        return new Unwrapper(List.of(
                new ParamProxy("images.weserv.nl", null, List.of("url")),
                new ParamProxy("wsrv.nl", null, List.of("url")),
                new ParamProxy("google.*", "/url", List.of("q", "url")),
                new ParamProxy("l.facebook.com", "/l.php", List.of("u")),
                new ParamProxy("lm.facebook.com", "/l.php", List.of("u")),
                new ParamProxy("www.facebook.com", "/l.php", List.of("u")),
                new ParamProxy("m.facebook.com", "/l.php", List.of("u")),
                new ParamProxy("www.youtube.com", "/redirect", List.of("q")),
                new ParamProxy("link.zhihu.com", "/", List.of("target")),
                new ParamProxy("t.umblr.com", "/redirect", List.of("z")),
                new PhotonProxy(),
                new AmpCacheProxy(),
                new JsDelivrGitHub(),
                new CamoProxy()));
    }

    /** These rules, then {@code more}. */
    public Unwrapper with(List<? extends UnwrapRule> more) {
        List<UnwrapRule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new Unwrapper(all);
    }

    public List<UnwrapRule> rules() {
        return rules;
    }

    public UrlOutcome unwrap(String url) {
        String problem = UrlCheck.problem(url);
        if (problem != null) {
            return UrlOutcome.leftAsIs(url, problem);
        }
        String current = url;
        List<String> names = new ArrayList<>();
        for (int round = 0; round <= MAX_ROUNDS; round++) {
            String next = unwrapOnce(current, names);
            if (next == null) {
                return UrlOutcome.changed(url, current, "unwrapped from " + String.join(", then ", names));
            }
            current = next;
        }
        return UrlOutcome.leftAsIs(url, "still wrapped after " + MAX_ROUNDS + " rounds of unwrapping ("
                + String.join(", ", names.subList(0, 3)) + ", ...)");
    }

    private String unwrapOnce(String url, List<String> names) {
        UriReference ref = UriReference.parse(url);
        for (UnwrapRule rule : rules) {
            String original = rule.unwrap(ref);
            if (original != null && !original.equals(url)) {
                names.add(rule.name());
                return original;
            }
        }
        return null;
    }
}
