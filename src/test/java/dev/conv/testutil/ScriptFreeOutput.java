package dev.conv.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The safety property of conv's Markdown: rendered by a CommonMark renderer that passes raw HTML
 * on and leaves URLs alone (commonmark-java, {@code sanitizeUrls(false)}: conv's own output is
 * judged, not the renderer's clean-up), the HTML can run no script. Judged on the rendered DOM
 * (jsoup): no script-capable element, no {@code on*} or {@code style} attribute, no URL attribute
 * with a scheme other than http, https, mailto, tel, ftp, relative or fragment ({@code
 * data:image/*} but SVG for an {@code img} source). The scheme is read as a browser reads it,
 * independently of conv's own policy. And, for renderers that refuse links commonmark-java takes
 * (markdown-it reads a refused link back as text, and its raw HTML goes live): no link, image or
 * reference definition whose destination holds {@code < > "}, white space or a control
 * character, and each link's source, read as text where a renderer refuses the link, is as safe.
 *
 * <p>Text is judged as the most eager autolinker reads it: commonmark-java's extension (like
 * flexmark's) links any {@code scheme://} in text, not only GFM's http, https and www. Links made
 * that way from text are held to no script-capable scheme ({@code javascript vbscript livescript
 * mocha}, {@code data} but images): {@code git://} in prose is text conv keeps, not a URL it writes.
 */
public final class ScriptFreeOutput {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(false).build(), AutolinkExtension.create());
    /** Without the text autolinker: every link left is one conv wrote, held to the scheme policy. */
    private static final List<Extension> WRITTEN = EXTENSIONS.subList(0, 2);
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser WRITTEN_PARSER = Parser.builder().extensions(WRITTEN)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(false).sanitizeUrls(false).build();
    private static final HtmlRenderer WRITTEN_RENDERER = HtmlRenderer.builder().extensions(WRITTEN)
            .escapeHtml(false).sanitizeUrls(false).build();

    /** Elements that run script, load a document or change how the page's URLs resolve. */
    private static final Set<String> FORBIDDEN = Set.of("script", "style", "object", "embed", "applet", "base",
            "meta", "link", "frame", "frameset", "portal");
    /** Attributes whose value a browser loads or navigates to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "poster", "data", "xlink:href", "background", "cite", "longdesc", "lowsrc", "dynsrc", "codebase",
            "archive", "manifest", "icon", "ping", "profile", "classid", "usemap", "imagesrcset");
    private static final Set<String> SCHEMES = Set.of("", "http", "https", "mailto", "tel", "ftp");
    /** Schemes a browser runs as script (or, for data, renders as a document). */
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "livescript", "mocha", "data");

    private ScriptFreeOutput() {
    }

    /** Fails, naming {@code context}, when the Markdown could run script in a reader's browser. */
    public static void assertScriptFree(String markdown, String context) {
        List<String> problems = problems(markdown);
        assertThat(problems).as("script-capable output of %s", context).isEmpty();
    }

    /** Every way the Markdown could run script; empty when it cannot. */
    public static List<String> problems(String markdown) {
        List<String> problems = new ArrayList<>();
        // The links conv wrote; text an autolinker links is judged by the render alone.
        Node root = WRITTEN_PARSER.parse(markdown);
        renderedProblems(markdown, "", SCHEMES, problems);
        for (Node n : GfmMarkdown.descendants(root)) {
            if (n instanceof Link link) {
                destination("link", link.getDestination(), problems);
            } else if (n instanceof Image image) {
                destination("image", image.getDestination(), problems);
            } else if (n instanceof LinkReferenceDefinition def) {
                destination("definition [" + def.getLabel() + "]", def.getDestination(), problems);
            } else {
                continue;
            }
            refused(markdown, n, problems);
        }
        return problems;
    }

    /**
     * The link as a renderer that refuses it reads it (markdown-it refuses script URLs and, before
     * 13, destinations holding {@code <}): its source as text, raw HTML in it live.
     */
    private static void refused(String markdown, Node link, List<String> problems) {
        StringBuilder source = new StringBuilder();
        for (SourceSpan span : link.getSourceSpans()) {
            if (source.length() > 0) {
                source.append('\n');
            }
            source.append(markdown, span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
        int bracket = source.indexOf("[");
        if (bracket < 0) {
            return; // an autolink: refused, it is text without a tag
        }
        source.insert(bracket, '\\');
        // links that only such a reading makes (link syntax inside an address) are not links conv
        // wrote: held, as autolinked text is, to no script scheme
        renderedProblems(source.toString(), "where " + abbreviate(source.toString()) + " is refused: ", null, problems);
    }

    /**
     * Rendered once as written (URLs held to {@code written}: the scheme policy, or null for no
     * script scheme) and once with text autolinked (no script scheme).
     */
    private static void renderedProblems(String markdown, String where, Set<String> written, List<String> problems) {
        domProblems(WRITTEN_RENDERER.render(WRITTEN_PARSER.parse(markdown)), where, written, problems);
        domProblems(RENDERER.render(PARSER.parse(markdown)), where + "autolinked text: ", null, problems);
    }

    /** {@code schemes}: those URLs may have; null: any but a {@linkplain #SCRIPT_SCHEMES script scheme}. */
    private static void domProblems(String rendered, String where, Set<String> schemes, List<String> problems) {
        Document html = Jsoup.parseBodyFragment(rendered);
        for (Element el : html.body().getAllElements()) {
            String tag = el.normalName();
            if (FORBIDDEN.contains(tag)) {
                problems.add(where + "<" + tag + "> element: " + abbreviate(el.outerHtml()));
            }
            if (tag.equals("iframe") && el.hasAttr("srcdoc")) {
                problems.add(where + "<iframe srcdoc>: " + abbreviate(el.outerHtml()));
            }
            for (Attribute a : el.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    problems.add(where + name + " attribute on <" + tag + ">: " + abbreviate(el.outerHtml()));
                } else if (URL_ATTRIBUTES.contains(name)) {
                    for (String url : urls(name, a.getValue())) {
                        boolean image = tag.equals("img") && (name.equals("src") || name.equals("srcset"));
                        if (!allowed(url, image, schemes)) {
                            problems.add(where + "<" + tag + " " + name + "=\"" + abbreviate(url) + "\">");
                        }
                    }
                }
            }
        }
    }

    private static void destination(String what, String url, List<String> problems) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"') {
                problems.add(what + " destination holds " + (c < ' ' ? "U+" + Integer.toHexString(c) : "'" + c + "'")
                        + ", which some renderers refuse: " + abbreviate(url));
                break;
            }
        }
    }

    /** The URLs of an attribute: {@code srcset} lists several. */
    private static List<String> urls(String name, String value) {
        if (!name.endsWith("srcset")) {
            return List.of(value);
        }
        List<String> urls = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String c = candidate.strip();
            int space = c.indexOf(' ');
            urls.add(space < 0 ? c : c.substring(0, space));
        }
        return urls;
    }

    /**
     * The scheme as the WHATWG URL parser reads it: leading C0 controls and spaces stripped,
     * tabs and line breaks removed anywhere, a letter then letters, digits, {@code + - .} before
     * the first colon; anything else is a relative URL.
     */
    static boolean allowed(String url, boolean imageSource, Set<String> schemes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || s.isEmpty() && c <= ' ') {
                continue;
            }
            s.append(c);
        }
        String u = s.toString();
        String scheme = "";
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') {
                scheme = u.substring(0, i).toLowerCase(Locale.ROOT);
                break;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                break;
            }
        }
        if (schemes == null ? !SCRIPT_SCHEMES.contains(scheme) : schemes.contains(scheme)) {
            return true;
        }
        String rest = u.substring(scheme.length() + 1).toLowerCase(Locale.ROOT).strip();
        return imageSource && scheme.equals("data") && rest.startsWith("image/") && !rest.startsWith("image/svg");
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
