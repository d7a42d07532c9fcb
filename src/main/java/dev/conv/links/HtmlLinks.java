package dev.conv.links;

import dev.conv.edit.HtmlRegion;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The URLs of one HTML region, located to the byte: {@code href} on any element (custom tags
 * such as a mirror's {@code <ok href>} too), {@code src}, {@code poster} and {@code srcset}.
 * A {@code <base href>} is read as the base of the others.
 */
final class HtmlLinks {
    private static final Set<String> IMAGE_ELEMENTS = Set.of("img", "source", "picture", "input", "image");

    /** What a region holds: its URLs, and the first {@code <base href>} (null when none). */
    record Found(List<Spot> spots, String baseHref) {
    }

    private HtmlLinks() {
    }

    static Found find(HtmlRegion region, List<Spot> into) {
        String text = region.text();
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        String[] base = {null};
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element el)) {
                return;
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
                int ve = value.endPos();
                char quote = text.charAt(vs - 1) == '"' || text.charAt(vs - 1) == '\'' ? text.charAt(vs - 1) : 0;
                if (quote != 0 && (ve >= text.length() || text.charAt(ve) != quote)) {
                    continue;
                }
                int wholeStart = name.startPos();
                while (wholeStart > 0 && Character.isWhitespace(text.charAt(wholeStart - 1))) {
                    wholeStart--;
                }
                boolean image = key.equals("poster") || IMAGE_ELEMENTS.contains(el.normalName());
                int off = region.start();
                Spot.Syntax syntax = isBase ? Spot.Syntax.HTML_BASE : srcset ? Spot.Syntax.HTML_SRCSET : Spot.Syntax.HTML_ATTRIBUTE;
                into.add(new Spot(syntax, off + vs, off + ve,
                        a.getValue(), image, off + wholeStart, off + ve + (quote == 0 ? 0 : 1), "", -1, -1, null, null,
                        -1, quote));
            }
        }, doc);
        return new Found(into, base[0]);
    }
}
