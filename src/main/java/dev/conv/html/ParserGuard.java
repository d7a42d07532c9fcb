package dev.conv.html;

import dev.conv.page.BadPageException;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * jsoup 1.24.1 has bugs at its 512-element depth limit: {@code <template><math>} nested 260 times
 * fails with "no template insertion mode on stack", and a formatting element re-opened above 512
 * nested {@code <div>}s with an IndexOutOfBoundsException. Both are gone when the limit is not
 * reached, so a page that trips one is parsed again with a deeper limit, {@link #RETRY_DEPTH}
 * (slower on very deep pages, which is why it is not the default). A page that fails again is
 * bad input, reported by name. {@code JsoupDepthBugsTest} shows when jsoup fixes them.
 */
public final class ParserGuard {
    /** jsoup's default: a deeper element is made a sibling. */
    public static final int DEFAULT_DEPTH = 512;
    /** The limit of the second try: four times the time per tag on the deepest pages. */
    public static final int RETRY_DEPTH = 2048;

    private ParserGuard() {
    }

    /** An HTML parser with a depth limit; {@code trackPosition} for edits at source positions. */
    public static Parser parser(int maxDepth, boolean trackPosition) {
        return Parser.htmlParser().setMaxDepth(maxDepth).setTrackPosition(trackPosition);
    }

    /** Parses a whole document, again with {@link #RETRY_DEPTH} if jsoup fails on it. */
    public static Document parse(String html, boolean trackPosition) {
        try {
            return parser(DEFAULT_DEPTH, trackPosition).parseInput(html, "");
        } catch (RuntimeException first) {
            rethrowIfNotParserBug(first);
            try {
                return parser(RETRY_DEPTH, trackPosition).parseInput(html, "");
            } catch (RuntimeException second) {
                rethrowIfNotParserBug(second);
                throw new UnparsableHtmlException(second);
            }
        }
    }

    /** An I/O failure of the reader is not jsoup's bug: it goes on as it is. */
    public static void rethrowIfNotParserBug(RuntimeException e) {
        if (e instanceof UncheckedIOException) {
            throw e;
        }
    }

    /** jsoup failed on a page even with the deeper limit: bad input, not conv's bug. */
    public static final class UnparsableHtmlException extends BadPageException {
        public UnparsableHtmlException(Throwable jsoupFailure) {
            super(message(jsoupFailure), jsoupFailure);
        }

        /** The one-line reason, for a file's error line. */
        public static String message(Throwable jsoupFailure) {
            return "HTML nested too deeply for the HTML parser (jsoup: " + jsoupFailure + ")";
        }
    }
}
