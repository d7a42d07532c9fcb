package dev.conv.edit;

import java.util.Set;
import org.commonmark.internal.inline.AutolinkInlineParser;
import org.commonmark.internal.inline.HtmlInlineParser;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@code <} in a paragraph as commonmark-java does, in linear time. Its autolink parser
 * looks for the next {@code >} from every {@code <}, and its inline-HTML parser looks for the end
 * of every processing instruction, comment, CDATA section and declaration, each time to the end
 * of the paragraph when there is none: a line of 64 KB of {@code <} took 19 s. Registered before
 * them (custom parsers are tried first), this one answers where theirs would fail after a long
 * search (the {@code <} is text) and hands over to them only where they stop soon or succeed, so
 * every node is still theirs. What it looks for once in a paragraph is remembered, and the
 * paragraph is only ever read forward. (The text node it makes holds only the {@code <}; the
 * parser merges it with its neighbours.)
 */
final class AngleBrackets implements InlineContentParser {
    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('<');
        }

        @Override
        public InlineContentParser create() {
            return new AngleBrackets(); // one per paragraph: the memory below is the paragraph's
        }
    };

    private final InlineContentParser autolink = new AutolinkInlineParser();
    private final InlineContentParser html = new HtmlInlineParser();

    private final ParagraphText paragraph = new ParagraphText();
    /** The paragraph from the first {@code <} on. */
    private String text;
    private final NextIndex piEnd = new NextIndex("?>");
    private final NextIndex doubleQuestion = new NextIndex("??");
    private final NextIndex commentEnd = new NextIndex("-->");
    private final NextIndex cdataEnd = new NextIndex("]]>");
    private final NextIndex greaterThan = new NextIndex(">");

    /** Characters looked at ahead of the parser, for tests: linear in the paragraph's length. */
    private long steps;

    long steps() {
        return steps + paragraph.steps;
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int at = paragraph.offsetOf(scanner, start);
        text = paragraph.text();
        if (autolinkMayClose(at)) {
            ParsedInline link = autolink.tryParse(state);
            if (link != null) {
                return link;
            }
            scanner.setPosition(start);
        }
        if (htmlMayClose(at)) {
            ParsedInline tag = html.tryParse(state);
            if (tag != null) {
                return tag;
            }
            scanner.setPosition(start);
        }
        // Neither would match: the '<' is text, as it would be after both had failed.
        scanner.next();
        return ParsedInline.of(new Text("<"), scanner.position());
    }

    /**
     * An autolink holds no {@code <}, space or control character: it closes only when the first
     * of those and {@code >} after the {@code <} is {@code >}. Scans at most to the next {@code <}.
     */
    private boolean autolinkMayClose(int at) {
        for (int i = at + 1; i < text.length(); i++) {
            steps++;
            char c = text.charAt(i);
            if (c == '>') {
                return true;
            }
            if (c == '<' || c <= ' ') {
                return false;
            }
        }
        return false;
    }

    /**
     * False where commonmark-java's inline-HTML parser would search to the end of the paragraph
     * and fail. Tags are not searched for: a tag's scan stops at the next {@code <} or quote.
     */
    private boolean htmlMayClose(int at) {
        int s = at + 2;
        if (text.startsWith("<?", at)) {
            // It takes the first '?' after "<?" that is followed by '>' (an end) or by another '?'
            // (it gives up there); a '?' right after "<?" also ends it.
            if (s < text.length() && text.charAt(s) == '?') {
                return false;
            }
            int end = piEnd.from(s);
            int stop = doubleQuestion.from(s);
            return end >= 0 && (stop < 0 || end < stop);
        }
        if (text.startsWith("<!--", at)) {
            s = at + 4;
            return text.startsWith(">", s) || text.startsWith("->", s) || commentEnd.from(s) >= 0;
        }
        if (text.startsWith("<![CDATA[", at)) {
            return cdataEnd.from(at + 9) >= 0;
        }
        if (text.startsWith("<!", at) && s < text.length() && isAsciiLetter(text.charAt(s))) {
            return greaterThan.from(s) >= 0;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The next occurrence of a string at or after a growing offset, searched for once. */
    private final class NextIndex {
        private final String needle;
        private int searchedFrom = Integer.MAX_VALUE;
        private int found = -1;

        NextIndex(String needle) {
            this.needle = needle;
        }

        int from(int offset) {
            // Known when searched from at or before here and found nothing, or found it ahead.
            if (offset < searchedFrom || found >= 0 && found < offset) {
                found = text.indexOf(needle, offset);
                steps += (found < 0 ? text.length() : found + needle.length()) - offset;
                searchedFrom = offset;
            }
            return found;
        }
    }
}
