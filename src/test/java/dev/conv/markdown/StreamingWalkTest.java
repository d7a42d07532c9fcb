package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.ParserGuard;
import dev.conv.html.TrackingPixels;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/** What the streaming walk holds back, and when it lets go. */
class StreamingWalkTest {
    /** A sink that counts the pieces the walk hands it: more than one means it drained while parsing. */
    private static final class Pieces implements Appendable {
        final StringBuilder text = new StringBuilder();
        int pieces;

        @Override
        public Appendable append(CharSequence s) {
            pieces++;
            text.append(s);
            return this;
        }

        @Override
        public Appendable append(CharSequence s, int start, int end) {
            return append(s.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }
    }

    private static Pieces walk(String html) throws IOException {
        Html2MdOptions options = Html2MdOptions.defaults();
        Pieces sink = new Pieces();
        StreamingWalk walk = new StreamingWalk(new MarkdownWriter(options, new TrackingPixels(options.trackerHosts())),
                sink, ParserGuard.DEFAULT_DEPTH);
        walk.run(new StringReader(html));
        return sink;
    }

    private static String paragraphs(String head, long weight) {
        StringBuilder html = new StringBuilder(head);
        while (html.length() < weight) {
            html.append("<p>Prune in late winter, while the tree sleeps.</p>\n");
        }
        return html.toString();
    }

    @Test
    void aFormattingElementNeverClosedIsEnteredOnceItHoldsMuch() throws IOException {
        // Held back whole, a <b> never closed would hold the whole page in memory.
        String html = paragraphs("<b>", StreamingWalk.HOLD_LIMIT * 2);
        Pieces out = walk(html);
        assertThat(out.pieces).isGreaterThan(2);
        assertThat(out.text.toString()).isEqualTo(Streamed.wholeDom(new Html2Md(), html));
    }

    @Test
    void aFormattingElementHoldingLessIsWrittenWhole() throws IOException {
        // Below the limit the link is held back until it completes, then written as the DOM
        // walk writes it (the parser moves the div out of it and copies it in): in one piece,
        // then the end, where entered it drains every 64K.
        String html = paragraphs("<a href=/u>", StreamingWalk.HOLD_LIMIT / 8) + "<div>moved<a href=/v>x</a>";
        Pieces out = walk(html);
        assertThat(out.pieces).isBetween(1, 2);
        assertThat(out.text.toString()).isEqualTo(Streamed.wholeDom(new Html2Md(), html));
    }
}
