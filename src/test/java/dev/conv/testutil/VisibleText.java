package dev.conv.testutil;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text a reader of a page sees, for comparing an HTML page with the Markdown made from it
 * (rendered back to HTML). Not shown: script, style, noscript, template, the head, comments,
 * form controls and other elements that render no text, embedded objects' fallback content, math
 * (compared as structure, not text; KaTeX's drawn copy of it too), and
 * elements hidden by the {@code hidden} attribute or inline {@code display:none} /
 * {@code visibility:hidden}. Embedded media ({@code iframe}, {@code video}, {@code audio}) stand
 * for their source URL, which is what a Markdown page can show of them, unless they are 0x0 or
 * 1x1 beacons. Images show no text.
 *
 * <p>Normalised: NBSP is a space; raised and lowered text reads the same in every notation
 * ({@link #scripts}); white space runs are one space; block boundaries and
 * {@code <br>} are a space; white space between two wide (CJK) characters, or between a wide
 * character and ambiguous-width punctuation like {@code “}, is removed, so a line break in
 * prettified Chinese text and a block boundary between two Chinese sentences compare equal to
 * nothing. In a layout table, a header cell that labels the data cell after it is followed by a
 * colon, as html2md writes the pair ({@link HtmlStructure#isLayoutLabel}). The walk is
 * iterative: real pages nest hundreds deep.
 */
public final class VisibleText {
    /** Elements whose content a reader never sees as text. */
    public static final Set<String> NOT_SHOWN = Set.of(
            "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "select",
            "option", "optgroup", "datalist", "input", "textarea", "canvas", "svg", "map", "area", "param",
            "source", "track", "frame", "frameset", "noframes", "noembed", "dialog", "object", "embed", "rp",
            "math");

    /** Embedded media: shown as their source URL. */
    public static final Set<String> MEDIA = Set.of("iframe", "video", "audio");

    /** Elements that start a new line (or cell) in a browser. */
    public static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
            "plaintext", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul", "xmp");

    private VisibleText() {
    }

    /** Visible, normalised text of an HTML document or fragment. */
    public static String ofHtml(String html) {
        Document doc = Jsoup.parse(html);
        return of(doc.body() != null ? doc.body() : doc);
    }

    /** Visible, normalised text of a Markdown page as GitHub renders it (front matter not shown). */
    public static String ofMarkdown(String markdown) {
        return ofHtml(GfmMarkdown.toHtml(markdown));
    }

    /** Visible, normalised text of an element and its descendants. */
    public static String of(Element root) {
        return normalize(raw(root));
    }

    /** Visible text of an element, white space as in the source (block boundaries as a space). */
    public static String raw(Element root) {
        return raw(root, " ");
    }

    /** Visible text of an element, white space as in the source, block boundaries as {@code blockMark}. */
    public static String raw(Element root, String blockMark) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String name = el.normalName();
                if (NOT_SHOWN.contains(name) || isHidden(el) || isFormulaRendering(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (MEDIA.contains(name)) {
                    if (!HtmlStructure.isTrackingPixel(el)) { // a 1x1 frame shows nothing
                        sb.append(' ').append(mediaSource(el)).append(' ');
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(name)) {
                    sb.append(blockMark);
                }
                if (name.equals("sup") || name.equals("sub")) {
                    sb.append(name.equals("sup") ? "^(" : "_(");
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    if (HtmlStructure.isLayoutLabel(el) && !el.text().strip().matches(".*[:\uFF1A]")) {
                        sb.append(':'); // **Industry**: Open-source software
                    }
                    sb.append(blockMark);
                }
                if (node instanceof Element el && (el.nameIs("sup") || el.nameIs("sub"))) {
                    sb.append(')');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return sb.toString();
    }

    /** The source URL of an iframe, video or audio element ("" when it has none). */
    public static String mediaSource(Element el) {
        String src = el.attr("src").trim();
        if (src.isEmpty()) {
            Element source = el.selectFirst("source[src]");
            src = source == null ? "" : source.attr("src").trim();
        }
        return src;
    }

    /**
     * KaTeX's visual copy of a formula, beside the MathML it is drawn from: the formula is shown
     * once, as math, like every {@code <math>} (whose text is not compared).
     */
    public static boolean isFormulaRendering(Element el) {
        return el.hasClass("katex-html");
    }

    /** Hidden by the {@code hidden} attribute or inline CSS. */
    public static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /**
     * NBSP as space, white space collapsed and trimmed, white space between two wide characters
     * removed, and between a wide character and East-Asian-ambiguous punctuation such as
     * {@code “}, {@code ”} or {@code …} (CSS Text 3, segment break rules for Chinese and Japanese).
     * This is wider than what html2md removes (a line break between two wide characters, or
     * between a wide character and {@code “ ” ‘ ’}), so either spacing compares equal.
     */
    public static String normalize(String text) {
        String s = scripts(text.replace('\u00A0', ' ').replaceAll("[\\s\\u00A0]+", " ").strip());
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && sb.length() > 0 && i + 1 < s.length()) {
                int before = sb.codePointBefore(sb.length());
                int after = s.codePointAt(i + 1);
                if (isWide(before) && (isWide(after) || isAmbiguousPunctuation(after))
                        || isAmbiguousPunctuation(before) && isWide(after)) {
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static final Pattern SCRIPT = Pattern.compile("([\\^_])\\( ?([^()]*?) ?\\)");

    /**
     * Raised and lowered text in one notation, whichever way a page or conv wrote it: the text
     * of {@code <sup>}/{@code <sub>} (marked {@code ^(…)}/{@code _(…)} by {@link #raw}), Unicode
     * superscript and subscript characters ({@code 10⁶}, {@code H₂O}) and conv's fallback
     * {@code ^(…)}/{@code _(…)} all read as {@code ^(6)}, {@code _(2)}; footnote marks with nothing
     * to raise ({@code *}, {@code [1]}) read as themselves.
     */
    static String scripts(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        char open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char kind = scriptKind(c);
            if (kind != open && open != 0) {
                sb.append(')');
            }
            if (kind != 0 && kind != open) {
                sb.append(kind).append('(');
            }
            open = kind;
            sb.append(kind == 0 ? String.valueOf(c)
                    : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
        }
        if (open != 0) {
            sb.append(')');
        }
        Matcher m = SCRIPT.matcher(sb);
        StringBuilder out = new StringBuilder(sb.length());
        while (m.find()) {
            String content = m.group(2).replace('\u2212', '-'); // conv raises both as ⁻
            boolean plain = content.isEmpty() || content.startsWith("[") && content.endsWith("]")
                    || content.codePoints().noneMatch(Character::isLetterOrDigit);
            m.appendReplacement(out, Matcher.quoteReplacement(plain ? content : m.group(1) + "(" + content + ")"));
        }
        m.appendTail(out);
        return out.toString().replace(")^(", "").replace(")_(", "");
    }

    /** '^' for a superscript character, '_' for a subscript one, 0 for any other. */
    private static char scriptKind(char c) {
        if (c >= 0x2080 && c <= 0x209C || c >= 0x1D62 && c <= 0x1D6A || c == 0x2C7C) {
            return '_';
        }
        boolean sup = c == 0xB2 || c == 0xB3 || c == 0xB9 || c >= 0x2070 && c <= 0x207F
                || c >= 0x1D2C && c <= 0x1D61 || c >= 0x1D9B && c <= 0x1DBF || c >= 0x2B0 && c <= 0x2B8
                || c >= 0x2E0 && c <= 0x2E4 || c == 0x2C7D;
        return sup ? '^' : 0;
    }

    /** Punctuation and symbols of East Asian Width A that CJK text uses (quotes, dashes, ellipsis...). */
    public static boolean isAmbiguousPunctuation(int c) {
        return c == 0xA7 || c == 0xA8 || c == 0xB0 || c == 0xB1 || c == 0xB4 || c == 0xB6 || c == 0xB7
                || c == 0xD7 || c == 0xF7
                || c == 0x2010 || c >= 0x2013 && c <= 0x2016 || c == 0x2018 || c == 0x2019 || c == 0x201C
                || c == 0x201D || c >= 0x2020 && c <= 0x2022 || c >= 0x2024 && c <= 0x2027 || c == 0x2030
                || c == 0x2032 || c == 0x2033 || c == 0x2035 || c == 0x203B || c == 0x203E || c == 0x2103
                || c == 0x2116 || c >= 0x2190 && c <= 0x2199 || c >= 0x2460 && c <= 0x24E9
                || c >= 0x25A0 && c <= 0x25FF || c == 0x2605 || c == 0x2606 || c == 0x2640 || c == 0x2642;
    }

    /** East Asian Width F or W (Hangul excluded): Han, kana, CJK and full-width punctuation. */
    public static boolean isWide(int c) {
        if (c < 0x2E80) {
            return false;
        }
        return c <= 0x2FDF
                || c >= 0x3000 && c <= 0x303F
                || c >= 0x3040 && c <= 0x30FF
                || c >= 0x3100 && c <= 0x312F
                || c >= 0x3190 && c <= 0x31FF
                || c >= 0x3200 && c <= 0x33FF
                || c >= 0x3400 && c <= 0x4DBF
                || c >= 0x4E00 && c <= 0x9FFF
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE10 && c <= 0xFE1F
                || c >= 0xFE30 && c <= 0xFE6F
                || c >= 0xFF01 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
