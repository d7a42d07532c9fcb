package dev.conv.markdown;

import dev.conv.html.DoubleEscapes;
import dev.conv.html.TrackingPixels;
import org.jsoup.nodes.Element;

/** Elements that become one inline item: code spans, images, embedded media. */
final class InlineElements {
    private InlineElements() {
    }

    /** An attribute's value as the page meant it: double escapes ({@code &amp;#039;}) decoded. */
    static String attr(Element el, String name) {
        return DoubleEscapes.decodeParsed(el.attr(name));
    }

    /** A text attribute (alt, title) as the page shows it: also without control characters. */
    static String label(Element el, String name) {
        return ControlCharacters.decodeThenDrop(el.attr(name)); // as text: a control may split a double escape
    }

    /** {@code <code>}, {@code <kbd>}...: a code span; a single link inside stays a link around it. */
    static void code(Element el, InlineBuffer inline, UrlGate gate) {
        Element only = el.childNodeSize() == 1 && el.childNode(0) instanceof Element e ? e : null;
        String code = ControlCharacters.drop(el.wholeText());
        if (only != null && only.normalName().equals("a") && only.hasAttr("href")
                && gate.link(attr(only, "href").trim())) {
            // <code><a href>x</a></code>: the link must survive, so it goes outside the code span.
            Token link = Token.open(Token.LINK, attr(only, "href").trim(), only.hasAttr("title") ? label(only, "title") : null);
            inline.open(link);
            if (!code.isEmpty()) {
                inline.atom(Token.code(code));
            }
            inline.close(Token.LINK);
        } else if (!code.isEmpty()) {
            inline.atom(Token.code(code));
        }
    }

    /** An image, its lazy-loading source if {@code src} is a placeholder; trackers are left out. */
    static void image(Element el, InlineBuffer inline, TrackingPixels pixels, UrlGate gate) {
        if (pixels.reason(el) != null) {
            return;
        }
        String src = attr(el, "src").trim();
        if (src.isEmpty() || src.startsWith("data:")) {
            for (String lazy : new String[] {"data-src", "data-original", "data-lazy-src"}) {
                if (!el.attr(lazy).isBlank()) {
                    src = attr(el, lazy).trim();
                    break;
                }
            }
        }
        if (src.isEmpty()) {
            return;
        }
        String alt = label(el, "alt");
        if (!gate.image(src)) {
            inline.text(alt);
            return;
        }
        inline.atom(Token.image(src, alt, el.hasAttr("title") ? label(el, "title") : null));
    }

    /** {@code <iframe>}, {@code <video>}, {@code <audio>}: a link to the source, or kept raw. */
    static void media(Element el, InlineBuffer inline, boolean keepHtml, TrackingPixels pixels, UrlGate gate) {
        if (pixels.reason(el) != null) {
            return;
        }
        String src = el.attr("src").trim();
        if (src.isEmpty()) {
            Element source = el.selectFirst("source[src]");
            src = source == null ? "" : source.attr("src").trim();
        }
        if (src.isEmpty()) {
            return;
        }
        if (!gate.link(src)) {
            inline.text(ControlCharacters.drop(src)); // its text, as for a link: the address, no longer one
            return;
        }
        if (keepHtml) {
            inline.atom(Token.raw(gate.embed(el)));
            return;
        }
        inline.open(Token.open(Token.LINK, src, null));
        inline.text(ControlCharacters.drop(src)); // as all text: the destination encodes them
        inline.close(Token.LINK);
    }
}
