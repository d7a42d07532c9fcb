package dev.conv.links;

import dev.conv.edit.HtmlRegion;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The URLs of one HTML region, located to the byte: {@code href} on any element (custom tags
 * such as a mirror's {@code <ok href>} too), {@code src}, {@code poster} and {@code srcset}.
 * A {@code <base href>} is read as the base of the others.
 *
 * <p>A raw HTML block of a Markdown page can end inside a tag. Parsed alone, that tag is dropped
 * at the end of the input; rendered with the page, the renderer's next tag ({@code <p>}) finishes
 * it, and a quoted value left open runs on until the next quote of whatever the page renders
 * next, the rest of which becomes attributes of this tag. So a block is read finished as the
 * page finishes it, and a value it leaves open is a spot of its own, always removed.
 */
final class HtmlLinks {
    private static final Set<String> IMAGE_ELEMENTS = Set.of("img", "source", "picture", "input", "image");
    /**
     * Appended to a block to finish a tag it leaves open, in whatever state: after an {@code =}
     * the {@code x} starts an unquoted value (a quote there would open one that {@code >} cannot
     * end, and the tag would be dropped, where the page's next {@code <p>} is the value and ends
     * it); a quote of either kind closes an open value (or is junk in a name or value), and
     * {@code >} ends the tag.
     */
    private static final String FINISH = "x'\">";

    /** Elements whose content is text up to their end tag, in a browser that runs script. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript", "plaintext");
    private static final Pattern COMMENT_END = Pattern.compile("--!?>");
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /**
     * What a region holds: its URLs, the first {@code <base href>} (null when none), and what it
     * leaves open for the page's next raw HTML (null when nothing).
     */
    record Found(List<Spot> spots, String baseHref, Pattern leak) {
    }

    private HtmlLinks() {
    }

    static Found find(HtmlRegion region, List<Spot> into) {
        return find(region, into, null);
    }

    /**
     * The URLs of a region, read as the rendered page reads it. {@code leak} is what the page's
     * raw HTML before it left open (a comment, a {@code <textarea>}...): the page renders its text
     * into that until the pattern matches, so only what follows is read here, or nothing.
     * Escaped Markdown text cannot end it ({@code <} and {@code >} become references).
     */
    static Found find(HtmlRegion given, List<Spot> into, Pattern leak) {
        HtmlRegion region = given;
        if (leak != null) {
            Matcher end = leak.matcher(given.text());
            if (!end.find()) {
                return new Found(into, null, leak);
            }
            region = new HtmlRegion(given.start(), swallowed(given.text(), end.start()), given.kind());
        }
        String text = region.text();
        boolean markdown = region.kind() != HtmlRegion.Kind.DOCUMENT;
        boolean block = region.kind() == HtmlRegion.Kind.BLOCK;
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(markdown ? text + FINISH : text, "");
        int n = text.length();
        HtmlRegion read = region; // the lambda's view of it
        String[] base = {null};
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element el)) {
                return;
            }
            if (block && el.sourceRange().endPos() == n + FINISH.length()) {
                openValue(el, read, into);
            }
            boolean isBase = el.normalName().equals("base");
            if (isBase && base[0] == null && el.hasAttr("href")) {
                base[0] = el.attr("href");
            }
            for (Attribute a : el.attributes()) {
                String key = a.getKey();
                boolean srcset = key.equals("srcset");
                if (!(key.equals("href") || key.equals("src") || key.equals("poster") || srcset)) {
                    continue;
                }
                Range.AttributeRange range = el.attributes().sourceRange(key);
                Range name = range.nameRange();
                Range value = range.valueRange();
                if (!name.isTracked() || !value.isTracked() || value.startPos() <= name.endPos()) {
                    continue; // an attribute without a value, or one the parser made up
                }
                int vs = value.startPos();
                int ve = Math.min(value.endPos(), n);
                char quote = text.charAt(vs - 1) == '"' || text.charAt(vs - 1) == '\'' ? text.charAt(vs - 1) : 0;
                if (quote != 0 && (ve >= n || text.charAt(ve) != quote)) {
                    continue;
                }
                // an unquoted value at the very end of a block: what FINISH added to it is not the page's
                String url = a.getValue().substring(0, a.getValue().length() - (value.endPos() - ve));
                int wholeStart = name.startPos();
                while (wholeStart > 0 && Character.isWhitespace(text.charAt(wholeStart - 1))) {
                    wholeStart--;
                }
                boolean image = key.equals("poster") || IMAGE_ELEMENTS.contains(el.normalName());
                int off = read.start();
                Spot.Syntax syntax = isBase ? Spot.Syntax.HTML_BASE : srcset ? Spot.Syntax.HTML_SRCSET : Spot.Syntax.HTML_ATTRIBUTE;
                into.add(new Spot(syntax, off + vs, off + ve,
                        url, image, off + wholeStart, off + ve + (quote == 0 ? 0 : 1), "", -1, -1, null, null,
                        -1, quote));
            }
        }, doc);
        return new Found(into, base[0], markdown ? leakOf(doc, text, n + FINISH.length()) : null);
    }

    /** The text with its first {@code end} characters blanked (line breaks kept): the part rendered into a leak. */
    private static String swallowed(String text, int end) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < end; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * What a Markdown region leaves open: a comment that ran into FINISH, or a raw-text element
     * without an end tag of its own (the first one: it holds all after it; the parser may close a
     * {@code <noscript>} where a browser running script does not). Null when nothing.
     */
    private static Pattern leakOf(Document doc, String text, int total) {
        Pattern[] leak = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                // only a true comment: a bogus one (<![CDATA[, <?x, <!x) ends at the page's next ">"
                if (node instanceof Comment c && c.sourceRange().endPos() == total
                        && text.startsWith("<!--", c.sourceRange().startPos())) {
                    leak[0] = COMMENT_END;
                } else if (node instanceof Element el && RAW_TEXT.contains(el.normalName())
                        && el.sourceRange().isTracked()
                        && (!el.endSourceRange().isTracked() || el.endSourceRange().isImplicit())) {
                    leak[0] = el.normalName().equals("plaintext") ? NEVER
                            : Pattern.compile("</" + el.normalName() + "[\\s/>]", Pattern.CASE_INSENSITIVE);
                }
                return leak[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
            }
        }, doc);
        return leak[0];
    }

    /**
     * The tag that FINISH ended: when the block leaves one of its quoted values open, that
     * attribute, from its name to the block's last line break, is a spot to remove. An open value
     * whose attribute the parser dropped as a repeated name shows as the tag having nothing at or
     * past the block's end: then all after its last attribute goes.
     */
    private static void openValue(Element el, HtmlRegion region, List<Spot> into) {
        String text = region.text();
        int n = text.length();
        int lastEnd = -1;
        for (Attribute a : el.attributes()) {
            Range.AttributeRange range = el.attributes().sourceRange(a.getKey());
            Range name = range.nameRange();
            Range value = range.valueRange();
            if (!name.isTracked()) {
                return;
            }
            boolean hasValue = value.isTracked() && value.startPos() > name.endPos();
            int end = hasValue ? value.endPos() : name.endPos();
            if (end >= n || name.startPos() >= n) {
                boolean quoted = hasValue && value.startPos() < n && "\"'".indexOf(text.charAt(value.startPos() - 1)) >= 0;
                if (!quoted || value.endPos() < n) {
                    return; // a finished value, or the tag was left open between attributes
                }
                into.add(openSpot(region, name.startPos(), a.getKey() + "=" + text.substring(value.startPos() - 1)));
                return;
            }
            lastEnd = Math.max(lastEnd, hasValue && end < n && text.charAt(end) == text.charAt(value.startPos() - 1)
                    && "\"'".indexOf(text.charAt(end)) >= 0 ? end + 1 : end);
        }
        if (lastEnd >= 0) {
            into.add(openSpot(region, lastEnd, text.substring(lastEnd)));
        }
    }

    /** The spot of a value left open from {@code from} on: it goes, with the space before it, up to the block's last line break. */
    private static Spot openSpot(HtmlRegion region, int from, String shown) {
        String text = region.text();
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        int start = from;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        start = Math.min(start, end);
        int off = region.start();
        return new Spot(Spot.Syntax.HTML_OPEN_VALUE, off + from, off + Math.max(from, end), shown.strip(), false,
                off + start, off + Math.max(start, end), "", -1, -1, null, null, -1, (char) 0);
    }
}
