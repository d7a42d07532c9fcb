package dev.conv.edit;

import java.util.Arrays;
import java.util.Set;
import org.commonmark.internal.inline.BackticksInlineParser;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads a backtick run as commonmark-java does, in linear time. Its code-span parser looks for a
 * closing run of the same length from every opening run, to the end of the paragraph when there
 * is none: runs of lengths 1, 2, 3... (none closing another) take time growing as the paragraph's
 * length to the power 1.5. Registered before it, this one knows from one pass over the paragraph
 * where the last run of each length starts; when none follows, the run is text, as the built-in
 * parser would find after its search, else the built-in parser reads the code span.
 */
final class Backticks implements InlineContentParser {
    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('`');
        }

        @Override
        public InlineContentParser create() {
            return new Backticks(); // one per paragraph
        }
    };

    private final InlineContentParser codeSpans = new BackticksInlineParser();
    private final ParagraphText paragraph = new ParagraphText();
    /** lastRunOfLength[k]: the offset of the last run of exactly k backticks, or -1. */
    private int[] lastRunOfLength;

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int at = paragraph.offsetOf(scanner, start);
        String text = paragraph.text();
        if (lastRunOfLength == null) {
            index(text);
        }
        int length = 0;
        while (at + length < text.length() && text.charAt(at + length) == '`') {
            length++;
        }
        if (length < lastRunOfLength.length && lastRunOfLength[length] > at) {
            return codeSpans.tryParse(state);
        }
        for (int i = 0; i < length; i++) {
            scanner.next();
        }
        return ParsedInline.of(new Text("`".repeat(length)), scanner.position());
    }

    /** Runs as the built-in parser's search sees them: maximal, whatever is before them. */
    private void index(String text) {
        int[] last = new int[16];
        Arrays.fill(last, -1);
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == '`') {
                end++;
            }
            int length = end - i;
            if (length >= last.length) {
                int old = last.length;
                last = Arrays.copyOf(last, Math.max(length + 1, old * 2));
                Arrays.fill(last, old, last.length, -1);
            }
            last[length] = i;
            i = end;
        }
        lastRunOfLength = last;
    }

    long steps() {
        return paragraph.steps;
    }
}
