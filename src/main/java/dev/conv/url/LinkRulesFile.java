package dev.conv.url;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a rules file: conv's own JSON format (the README shows it), or a ClearURLs
 * {@code data.min.json}, told apart by its top-level {@code providers}.
 */
public final class LinkRulesFile {
    private static final Set<String> KEYS = Set.of("unwrap", "via", "dropParams", "trackerHosts");

    private LinkRulesFile() {
    }

    /** @throws RulesFileException naming the file and the place in it that is wrong */
    public static LinkRules parse(String text, String file) {
        Json j = new Json(file);
        JsonObject root = j.parseObject(text);
        if (root.has("providers")) {
            ClearUrlsRules clearUrls = ClearUrlsRules.fromTree(j, root);
            return new LinkRules(List.of(), List.of(), List.of(), List.of(), List.of(), clearUrls);
        }
        j.onlyKeys(root, KEYS, "");
        List<ParamProxy> proxies = new ArrayList<>();
        List<PrefixRule> prefixes = new ArrayList<>();
        JsonArray unwrap = j.array(root, "unwrap", "");
        for (int i = 0; i < unwrap.size(); i++) {
            String where = "unwrap[" + i + "]";
            JsonObject o = j.asObject(unwrap.get(i), where);
            if (o.has("from") || o.has("to")) {
                j.onlyKeys(o, Set.of("from", "to"), where);
                prefixes.add(prefix(j, o, where));
            } else {
                j.onlyKeys(o, Set.of("host", "path", "param"), where);
                String host = j.requiredString(o, "host", where);
                String one = o.has("param") && o.get("param").isJsonPrimitive() ? j.string(o, "param", where) : null;
                List<String> params = one != null ? List.of(one) : j.strings(o, "param", where);
                if (params.isEmpty()) {
                    throw j.fail(where + ".param", "is required: the query parameter that holds the URL");
                }
                proxies.add(new ParamProxy(host.strip().toLowerCase(Locale.ROOT), j.string(o, "path", where), params));
            }
        }
        List<PrefixRule> via = new ArrayList<>();
        JsonArray viaRules = j.array(root, "via", "");
        for (int i = 0; i < viaRules.size(); i++) {
            String where = "via[" + i + "]";
            JsonObject o = j.asObject(viaRules.get(i), where);
            j.onlyKeys(o, Set.of("from", "to"), where);
            via.add(prefix(j, o, where));
        }
        return new LinkRules(proxies, prefixes, via, dropParams(j, root), trackerHosts(j, root), ClearUrlsRules.none());
    }

    private static PrefixRule prefix(Json j, JsonObject o, String where) {
        String from = j.requiredString(o, "from", where);
        String to = j.requiredString(o, "to", where);
        for (String[] end : new String[][] {{"from", from}, {"to", to}}) {
            UriReference ref = UriReference.parse(end[1]);
            if (!ref.isAbsolute() || ref.authority() == null || UrlCheck.problem(end[1]) != null) {
                throw j.fail(where + "." + end[0], "must be an absolute URL with a host: " + end[1]);
            }
        }
        return new PrefixRule(from, to);
    }

    private static List<ParamRule> dropParams(Json j, JsonObject root) {
        List<ParamRule> out = new ArrayList<>();
        JsonArray a = j.array(root, "dropParams", "");
        for (int i = 0; i < a.size(); i++) {
            String where = "dropParams[" + i + "]";
            JsonElement e = a.get(i);
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                out.add(paramRule(j, e.getAsString(), List.of(), where));
            } else if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                j.onlyKeys(o, Set.of("name", "hosts"), where);
                out.add(paramRule(j, j.requiredString(o, "name", where), j.strings(o, "hosts", where), where));
            } else {
                throw j.fail(where, "must be a name or {\"name\": ..., \"hosts\": [...]}");
            }
        }
        return out;
    }

    private static ParamRule paramRule(Json j, String name, List<String> hosts, String where) {
        try {
            return new ParamRule(name, hosts);
        } catch (IllegalArgumentException e) {
            throw j.fail(where, e.getMessage());
        }
    }

    private static List<String> trackerHosts(Json j, JsonObject root) {
        List<String> hosts = j.strings(root, "trackerHosts", "");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            String h = hosts.get(i).strip().toLowerCase(Locale.ROOT);
            if (h.isEmpty() || UrlCheck.problem("//" + h) != null || h.contains("/")) {
                throw j.fail("trackerHosts[" + i + "]", "not a host name: " + hosts.get(i));
            }
            out.add(h);
        }
        return out;
    }
}
