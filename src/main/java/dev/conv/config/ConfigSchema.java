package dev.conv.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key of {@code .conv.yml}, spelled as its command-line option without the dashes; an
 * option {@code --no-X} is the boolean key {@code X}. Keys more than one command reads are at the
 * top; keys only one command reads are in its section.
 */
public final class ConfigSchema {
    /** The step names {@code steps:} may list, in the order a pipeline usually runs them. */
    public static final List<String> STEP_NAMES = List.of("extract", "clean", "links", "qr", "html2md");

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        key("root", ValueType.PATH, null, "the directory base-url stands for (default: the git root)");
        key("base-url", ValueType.STRING, null, "the public URL of root");
        key("include", ValueType.STRINGS, List.of(), "only files matching these globs when a directory is walked");
        key("exclude", ValueType.STRINGS, List.of(), "skip files matching these globs");
        key("steps", ValueType.STRINGS, List.of("clean"), "the steps conv fix runs, in order", STEP_NAMES);
        key("custom-tags", ValueType.STRING, "unwrap", "what clean and html2md do with tags that are not HTML5",
                List.of("unwrap", "link", "drop"));
        key("custom-tag", ValueType.STRINGS, List.of(), "NAME=POLICY for one tag (ok=link)");
        key("tracker-host", ValueType.STRINGS, List.of(), "more hosts whose images, iframes and scripts only track");
        key("clean.remove", ValueType.STRINGS, List.of(), "CSS selectors of more elements to remove");
        key("links.relative", ValueType.BOOLEAN, false, "make links into base-url relative");
        key("links.via", ValueType.STRINGS, List.of(), "FROM=TO: route links under FROM through the proxy TO");
        key("links.rules", ValueType.PATHS, List.of(), "rules files: conv's JSON or a ClearURLs data.min.json");
        key("links.proxies", ValueType.DATA, List.of(), "more proxies to unwrap, as the rules file's unwrap entries");
        key("links.tracking-params", ValueType.DATA, List.of(), "more tracking parameters, as the rules file's dropParams");
        key("links.drop-param", ValueType.STRINGS, List.of(), "parameters dropped from local links (cache-busters)");
        key("links.unwrap", ValueType.BOOLEAN, true, "unwrap proxies and redirectors");
        key("links.drop-tracking", ValueType.BOOLEAN, true, "drop tracking parameters");
        key("links.repair", ValueType.BOOLEAN, true, "repair links an earlier converter broke");
        key("links.autolink", ValueType.BOOLEAN, false, "write a link whose text is its URL as <URL>");
        key("links.allow-data-images", ValueType.BOOLEAN, false, "let images keep data:image/* sources");
        key("html2md.bullet", ValueType.STRING, "-", "bullet list marker", List.of("-", "*", "+"));
        key("html2md.heading-style", ValueType.STRING, "atx", "heading style", List.of("atx", "setext"));
        key("html2md.code-style", ValueType.STRING, "fenced", "code block style", List.of("fenced", "indented"));
        key("html2md.link-style", ValueType.STRING, "inline", "link style", List.of("inline", "reference"));
        key("html2md.wrap", ValueType.INT, 0, "wrap paragraphs at this column; 0 never wraps");
        key("html2md.keep-html", ValueType.BOOLEAN, false, "keep <sub>, <sup>, embeds... as raw HTML");
        key("html2md.allow-data-images", ValueType.BOOLEAN, false, "keep data:image/* images");
        key("qr.ecc", ValueType.STRING, "M", "lowest error correction level", List.of("L", "M", "Q", "H"));
        key("qr.scale", ValueType.INT, 4, "pixels per module");
        key("qr.border", ValueType.INT, 4, "quiet zone in modules");
        key("qr.size", ValueType.INT, 0, "target image width in pixels (instead of scale); 0: use scale");
        key("qr.format", ValueType.STRING, "png", "image format", List.of("png", "svg"));
        key("qr.preset", ValueType.STRING, "none", "legacy: the old pipeline's images (ECC L, 4 px, border 4); "
                + "keys given beside it still win", List.of("none", "legacy"));
        key("qr.share-block", ValueType.BOOLEAN, false, "insert or refresh each Markdown page's share block");
        key("qr.share-template", ValueType.PATH, null, "the share block's text, with {url}, {image}, {image_url}");
    }

    private ConfigSchema() {
    }

    private static void key(String name, ValueType type, Object defaultValue, String help) {
        key(name, type, defaultValue, help, List.of());
    }

    private static void key(String name, ValueType type, Object defaultValue, String help, List<String> choices) {
        KEYS.put(name, new Key(name, type, defaultValue, choices, help));
    }

    /** The key of this full name, or null. */
    public static Key key(String name) {
        return KEYS.get(name);
    }

    /** Every key, top-level first, in the order the README lists them. */
    public static List<Key> keys() {
        return List.copyOf(KEYS.values());
    }

    /** The sections: a mapping at the top whose keys are its own ({@code clean}, {@code links}, {@code html2md}, {@code qr}). */
    public static Set<String> sections() {
        return Set.of("clean", "links", "html2md", "qr");
    }

    /** The keys of a section, or of the top level for the empty string, by local name. */
    static List<String> localNames(String section) {
        return KEYS.values().stream().filter(k -> k.section().equals(section)).map(Key::localName).toList();
    }
}
