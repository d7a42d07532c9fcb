package dev.conv.url;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rules in the ClearURLs {@code data.min.json} format, the one privacy tools share: providers, each
 * with a {@code urlPattern}; {@code rules} and {@code referralMarketing} name query parameters to
 * drop (a regular expression matching the whole name, without case), {@code rawRules} cut text
 * from the URL, {@code redirections} take the target out of a redirect (group 1), and a URL an
 * {@code exceptions} pattern matches is left alone. {@code completeProvider} (block the whole
 * request) is read but not acted on: conv never removes a link. Patterns come from the user's
 * own file and are run as Java regular expressions.
 */
public final class ClearUrlsRules {
    private static final ClearUrlsRules NONE = new ClearUrlsRules(List.of());

    /** One provider, its patterns compiled. */
    public record Provider(String name, Pattern urlPattern, boolean completeProvider, List<Pattern> rules,
            List<Pattern> rawRules, List<Pattern> exceptions, List<Pattern> redirections) {
    }

    private final List<Provider> providers;

    private ClearUrlsRules(List<Provider> providers) {
        this.providers = List.copyOf(providers);
    }

    public static ClearUrlsRules none() {
        return NONE;
    }

    static ClearUrlsRules of(List<Provider> providers) {
        return providers.isEmpty() ? NONE : new ClearUrlsRules(providers);
    }

    /** @throws RulesFileException naming the file, the provider and the field that is wrong */
    public static ClearUrlsRules parse(String json, String file) {
        Json j = new Json(file);
        JsonObject root = j.parseObject(json);
        return fromTree(j, root);
    }

    static ClearUrlsRules fromTree(Json j, JsonObject root) {
        JsonObject providers = j.object(root, "providers", "");
        List<Provider> out = new ArrayList<>();
        for (Map.Entry<String, com.google.gson.JsonElement> e : providers.entrySet()) {
            String where = "providers." + e.getKey();
            JsonObject p = j.asObject(e.getValue(), where);
            List<Pattern> rules = patterns(j, p, "rules", where);
            rules.addAll(patterns(j, p, "referralMarketing", where));
            out.add(new Provider(e.getKey(), compile(j, j.requiredString(p, "urlPattern", where), where + ".urlPattern"),
                    j.bool(p, "completeProvider", where), rules, patterns(j, p, "rawRules", where),
                    patterns(j, p, "exceptions", where), patterns(j, p, "redirections", where)));
        }
        return new ClearUrlsRules(out);
    }

    public List<Provider> providers() {
        return providers;
    }

    public boolean isEmpty() {
        return providers.isEmpty();
    }

    public UrlOutcome apply(String url) {
        String problem = UrlCheck.problem(url);
        if (problem != null) {
            return UrlOutcome.leftAsIs(url, problem);
        }
        String current = url;
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Provider p : providers) {
            if (!p.urlPattern.matcher(current).find() || matchesAny(p.exceptions, current)) {
                continue;
            }
            String redirected = redirect(p, current);
            if (redirected != null) {
                return UrlOutcome.changed(url, redirected, "redirect taken out by ClearURLs rule " + p.name);
            }
            String before = current;
            for (Pattern raw : p.rawRules) {
                current = raw.matcher(current).replaceAll("");
            }
            UriReference ref = UriReference.parse(current);
            if (ref.query() != null && !p.rules.isEmpty()) {
                String query = QueryString.without(ref.query(), name -> matchesWhole(p.rules, name), new ArrayList<>());
                current = ref.withQuery(query).toString();
            }
            if (!current.equals(before)) {
                names.add(p.name);
            }
        }
        return UrlOutcome.changed(url, current, "cleaned by ClearURLs rules " + String.join(", ", names));
    }

    private static String redirect(Provider p, String url) {
        for (Pattern r : p.redirections) {
            Matcher m = r.matcher(url);
            if (m.find() && m.groupCount() >= 1 && m.group(1) != null) {
                return Originals.accept(PercentEncoding.decode(m.group(1)));
            }
        }
        return null;
    }

    private static boolean matchesAny(List<Pattern> patterns, String url) {
        for (Pattern p : patterns) {
            if (p.matcher(url).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesWhole(List<Pattern> patterns, String name) {
        for (Pattern p : patterns) {
            if (p.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> patterns(Json j, JsonObject p, String key, String where) {
        List<Pattern> out = new ArrayList<>();
        List<String> sources = j.strings(p, key, where);
        for (int i = 0; i < sources.size(); i++) {
            out.add(compile(j, sources.get(i), where + "." + key + "[" + i + "]"));
        }
        return out;
    }

    /** ClearURLs matches every pattern without case (JavaScript's {@code i} flag). */
    private static Pattern compile(Json j, String regex, String where) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw j.fail(where, "not a regular expression: " + e.getDescription());
        }
    }
}
