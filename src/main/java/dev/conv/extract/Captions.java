package dev.conv.extract;

import org.jsoup.nodes.Element;

/**
 * A picture's caption: a {@code figcaption}, or a small box whose class names it a caption
 * ({@code wp-caption-text}) and holds no picture. trafilatura drops figures with their captions unless asked for
 * images; on its evaluation set the captions a page keeps are boilerplate five times as often
 * as they are text (credits, "the hall in 1920", an affiliate notice under a product photo).
 * The picture stays: only its caption goes. A figure with a heading of its own is no picture
 * with a caption but an item of the article (a slide of a gallery), whose text stays.
 */
final class Captions {
    /** Above this (weighted characters), a box called a caption holds more than a caption. */
    private static final int MAX_CAPTION_BOX = 400;

    private Captions() {
    }

    static boolean isCaption(Element el, TextStats stats) {
        if (!el.nameIs("figcaption") && !captionBox(el, stats)) {
            return false;
        }
        Element figure = el.closest("figure");
        return figure == null || figure.selectFirst("h1, h2, h3, h4, h5, h6") == null;
    }

    private static boolean captionBox(Element el, TextStats stats) {
        if (stats.chars(el) >= MAX_CAPTION_BOX || el.selectFirst("h1, h2, h3, h4, h5, h6, img, picture, video") != null) {
            return false;
        }
        for (String word : Signals.words(el)) {
            for (String part : word.split("[-_]+")) {
                if (part.equals("caption")) {
                    return true;
                }
            }
        }
        return false;
    }
}
