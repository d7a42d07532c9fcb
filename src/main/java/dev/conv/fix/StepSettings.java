package dev.conv.fix;

import dev.conv.clean.CleanPolicy;
import dev.conv.config.ConfigException;
import dev.conv.config.ConfigFile;
import dev.conv.config.Origin;
import dev.conv.config.Setting;
import dev.conv.config.Settings;
import dev.conv.html.TagPolicies;
import dev.conv.html.TagPolicy;
import dev.conv.links.LinksPolicy;
import dev.conv.markdown.Html2MdOptions;
import dev.conv.page.IoErrors;
import dev.conv.qr.QrOptions;
import dev.conv.qr.ShareTemplate;
import dev.conv.run.Site;
import dev.conv.url.BaseUrl;
import dev.conv.url.ClearUrlsRules;
import dev.conv.url.LinkRules;
import dev.conv.url.LinkRulesFile;
import dev.conv.url.ParamRule;
import dev.conv.url.PrefixRule;
import dev.conv.url.RulesFileException;
import dev.conv.url.TrackerHosts;
import dev.conv.url.UriReference;
import dev.conv.url.UrlCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each step's policy from the effective settings. A value a step refuses is a {@link
 * ConfigException} at the place it was given: the file's line (the list item's own line) or the
 * command-line option.
 */
public final class StepSettings {
    private static final Pattern VIA = Pattern.compile("(.+?)=([A-Za-z][A-Za-z0-9+.-]*://.*)");
    private static final Pattern RULE_INDEX = Pattern.compile(": (unwrap|dropParams)\\[(\\d+)]");

    private StepSettings() {
    }

    /** What clean and html2md do with custom tags. */
    public static TagPolicies tagPolicies(Settings s) {
        Setting all = s.get("custom-tags");
        TagPolicies p;
        try {
            p = TagPolicies.DEFAULTS.withCustomTags(TagPolicy.parse(s.string("custom-tags")));
        } catch (IllegalArgumentException e) {
            throw all.error(e.getMessage());
        }
        Setting one = s.get("custom-tag");
        List<String> specs = s.strings("custom-tag");
        for (int i = 0; i < specs.size(); i++) {
            try {
                p = p.withOverride(specs.get(i));
            } catch (IllegalArgumentException e) {
                throw one.error(i, e.getMessage());
            }
        }
        return p;
    }

    /** The built-in tracker hosts and the configured ones. */
    public static TrackerHosts trackerHosts(Settings s) {
        Setting hosts = s.get("tracker-host");
        List<String> extra = s.strings("tracker-host");
        for (int i = 0; i < extra.size(); i++) {
            try {
                TrackerHosts.builtIn().with(List.of(extra.get(i)));
            } catch (IllegalArgumentException e) {
                throw hosts.error(i, e.getMessage());
            }
        }
        return TrackerHosts.builtIn().with(extra);
    }

    public static CleanPolicy cleanPolicy(Settings s) {
        CleanPolicy.Builder b = CleanPolicy.builder().tagPolicies(tagPolicies(s));
        Setting hosts = s.get("tracker-host");
        List<String> extra = s.strings("tracker-host");
        for (int i = 0; i < extra.size(); i++) {
            try {
                b.trackerHost(extra.get(i));
            } catch (IllegalArgumentException e) {
                throw hosts.error(i, e.getMessage());
            }
        }
        Setting remove = s.get("clean.remove");
        List<String> selectors = s.strings("clean.remove");
        for (int i = 0; i < selectors.size(); i++) {
            try {
                b.removeSelector(selectors.get(i));
            } catch (IllegalArgumentException e) {
                throw remove.error(i, e.getMessage());
            }
        }
        return b.build();
    }

    public static Html2MdOptions html2mdOptions(Settings s) {
        String bullet = s.string("html2md.bullet");
        if (!List.of("-", "*", "+").contains(bullet)) {
            throw s.get("html2md.bullet").error("must be -, * or +");
        }
        if (s.integer("html2md.wrap") < 0) {
            throw s.get("html2md.wrap").error("must be 0 or more");
        }
        return new Html2MdOptions(bullet.charAt(0), choice(s, "html2md.heading-style", Html2MdOptions.HeadingStyle.class),
                choice(s, "html2md.code-style", Html2MdOptions.CodeStyle.class),
                choice(s, "html2md.link-style", Html2MdOptions.LinkStyle.class), s.integer("html2md.wrap"),
                s.bool("html2md.keep-html"))
                .withAllowDataImages(s.bool("html2md.allow-data-images"))
                .withTagPolicies(tagPolicies(s))
                .withTrackerHosts(trackerHosts(s));
    }

    private static <E extends Enum<E>> E choice(Settings s, String key, Class<E> type) {
        try {
            return Enum.valueOf(type, s.string(key).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw s.get(key).error("unknown value '" + s.string(key) + "'");
        }
    }

    /**
     * How qr draws its images. Each property (level, module size, quiet zone) comes from the
     * highest-ranking place that sets it: the command line, then the nearest file, then farther
     * ones. A preset sets all three where it is given; a key beside it in the same place wins over
     * it, and {@code size} over {@code scale}.
     */
    public static QrOptions qrOptions(Settings s) {
        boolean legacy = s.string("qr.preset").equals("legacy");
        int preset = legacy ? rank(s, "qr.preset") : -1;
        QrOptions o = legacy ? QrOptions.legacy() : QrOptions.defaults();
        if (rank(s, "qr.ecc") >= preset) {
            o = o.withEcc(choice(s, "qr.ecc", QrOptions.Ecc.class));
        }
        o = o.withFormat(choice(s, "qr.format", QrOptions.Format.class));
        int scale = s.integer("qr.scale");
        int border = s.integer("qr.border");
        int size = s.integer("qr.size");
        if (scale < 1 || scale > QrOptions.MAX_SCALE) {
            throw s.get("qr.scale").error("must be 1 to " + QrOptions.MAX_SCALE);
        }
        if (border < 0 || border > QrOptions.MAX_BORDER) {
            throw s.get("qr.border").error("must be 0 to " + QrOptions.MAX_BORDER);
        }
        if (size < 0 || size > 8192) {
            throw s.get("qr.size").error("must be 0 to 8192");
        }
        if (rank(s, "qr.border") >= preset) {
            o = o.withBorder(border);
        }
        int bySize = size > 0 ? rank(s, "qr.size") : -1;
        int byScale = rank(s, "qr.scale");
        if (bySize >= byScale && bySize >= preset) {
            o = o.withSize(size);
        } else if (byScale >= preset) {
            o = o.withScale(scale);
        }
        return o.withShareBlock(s.bool("qr.share-block"), shareTemplate(s));
    }

    /**
     * How strongly the key's value holds: 0 for conv's default, then each file from the farthest
     * up to the nearest, the command line above all.
     */
    private static int rank(Settings s, String key) {
        Origin o = s.get(key).origin();
        if (o.isCommandLine()) {
            return Integer.MAX_VALUE;
        }
        if (!o.isFile()) {
            return 0;
        }
        List<ConfigFile> files = s.files();
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).path().equals(o.file())) {
                return i + 1;
            }
        }
        return 1;
    }

    private static ShareTemplate shareTemplate(Settings s) {
        Path file = s.path("qr.share-template");
        if (file == null) {
            return ShareTemplate.DEFAULT;
        }
        try {
            return new ShareTemplate(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw s.get("qr.share-template").error("cannot read " + file + ": " + IoErrors.describe(e));
        } catch (IllegalArgumentException e) {
            throw s.get("qr.share-template").error(e.getMessage());
        }
    }

    /** The root's public URL, or null when none is set. */
    public static BaseUrl baseUrl(Settings s) {
        String url = s.string("base-url");
        if (url == null) {
            return null;
        }
        try {
            return BaseUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw s.get("base-url").error(e.getMessage());
        }
    }

    /**
     * The site pages are placed on: the configured root, else the top of the git work tree holding
     * {@code near}, else {@code fallback}.
     */
    public static Site site(Settings s, Path near, Path fallback) {
        BaseUrl base = baseUrl(s);
        return new Site(root(s, near, fallback), base == null ? null : base::urlOf);
    }

    /** The configured root (which must be a directory), else the default root for {@code near}. */
    public static Path root(Settings s, Path near, Path fallback) {
        Path root = s.path("root");
        if (root == null) {
            return Site.defaultRoot(near, fallback);
        }
        if (!Files.isDirectory(root)) {
            throw s.get("root").error("not a directory: " + root);
        }
        return root.toAbsolutePath().normalize();
    }

    /** Everything {@code links} does but checking local files. */
    public static LinksPolicy linksPolicy(Settings s) {
        BaseUrl base = baseUrl(s);
        boolean relative = s.bool("links.relative");
        if (relative && base == null) {
            throw s.get("links.relative").error("needs base-url: it says which links are the site's own");
        }
        return LinksPolicy.defaults().withBaseUrl(base == null ? null : base.toString())
                .withRelative(relative)
                .withSwitches(s.bool("links.unwrap"), s.bool("links.drop-tracking"), s.bool("links.repair"),
                        s.bool("links.autolink"), s.bool("links.allow-data-images"))
                .withRules(linkRules(s), localParams(s));
    }

    private static List<ParamRule> localParams(Settings s) {
        Setting setting = s.get("links.drop-param");
        List<String> names = s.strings("links.drop-param");
        List<ParamRule> rules = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            try {
                rules.add(new ParamRule(names.get(i), List.of()));
            } catch (IllegalArgumentException e) {
                throw setting.error(i, e.getMessage());
            }
        }
        return rules;
    }

    /** The rules files, the inline proxies and tracking parameters, and the via routes. */
    public static LinkRules linkRules(Settings s) {
        LinkRules all = LinkRules.NONE;
        Setting files = s.get("links.rules");
        List<Path> paths = s.paths("links.rules");
        for (int i = 0; i < paths.size(); i++) {
            Path file = paths.get(i);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw files.error(i, "cannot read " + file + ": " + e.getMessage());
            }
            try {
                all = all.plus(LinkRulesFile.parse(text, file.toString()));
            } catch (RulesFileException e) {
                throw files.error(i, e.getMessage());
            }
        }
        all = all.plus(inlineRules(s));
        Setting viaSetting = s.get("links.via");
        List<String> via = s.strings("links.via");
        List<PrefixRule> routes = new ArrayList<>();
        for (int i = 0; i < via.size(); i++) {
            try {
                routes.add(viaRule(via.get(i)));
            } catch (IllegalArgumentException e) {
                throw viaSetting.error(i, e.getMessage());
            }
        }
        if (!routes.isEmpty()) {
            all = all.plus(new LinkRules(List.of(), List.of(), routes, List.of(), List.of(), ClearUrlsRules.none()));
        }
        return all;
    }

    /** {@code links.proxies} and {@code links.tracking-params}, read as a rules file's unwrap and dropParams. */
    private static LinkRules inlineRules(Settings s) {
        Setting proxies = s.get("links.proxies");
        Setting params = s.get("links.tracking-params");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unwrap", proxies.value());
        json.put("dropParams", params.value());
        String text = new com.google.gson.Gson().toJson(json);
        try {
            return LinkRulesFile.parse(text, ".conv.yml");
        } catch (RulesFileException e) {
            // ".conv.yml: unwrap[1].param: is required" is item 1 of links.proxies: "param: is required".
            Matcher m = RULE_INDEX.matcher(e.getMessage());
            String reason = e.getMessage().replaceFirst("^\\.conv\\.yml: (unwrap|dropParams)(\\[\\d+])?[.:]? *", "");
            if (m.find()) {
                Setting which = m.group(1).equals("unwrap") ? proxies : params;
                throw which.error(Integer.parseInt(m.group(2)), reason);
            }
            throw (e.getMessage().contains("unwrap") ? proxies : params).error(reason);
        }
    }

    /** {@code FROM->TO} or {@code FROM=TO}, both absolute URLs with a host. */
    public static PrefixRule viaRule(String v) {
        int arrow = v.indexOf("->");
        String from;
        String to;
        if (arrow > 0) {
            from = v.substring(0, arrow).strip();
            to = v.substring(arrow + 2).strip();
        } else {
            Matcher m = VIA.matcher(v);
            if (!m.matches()) {
                throw new IllegalArgumentException("expected FROM=TO or FROM->TO, two absolute URLs: " + v);
            }
            from = m.group(1).strip();
            to = m.group(2).strip();
        }
        for (String u : List.of(from, to)) {
            UriReference ref = UriReference.parse(u);
            if (!ref.isAbsolute() || ref.authority() == null || ref.host().isEmpty() || UrlCheck.problem(u) != null) {
                throw new IllegalArgumentException("not an absolute URL with a host: " + u);
            }
        }
        return new PrefixRule(from, to);
    }
}
