package dev.conv.edit;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.text.AsciiMatcher;
import org.jsoup.nodes.Entities;

/**
 * Reads a character reference in Markdown text ({@code &nbsp;}, {@code &#65;}) as commonmark-java's
 * own parser does, but names are looked up in jsoup's table, which is the same HTML5 list (2,125 names,
 * the same characters: EntityReferencesTest) and is loaded in every run that reads HTML. commonmark-java
 * reads its copy from a jar resource on the first reference of a run: opening the jar and parsing the
 * list was 8% of the CPU of html2md on a 2 KB page holding {@code &nbsp;}. References in a link's
 * destination or title and in a code fence's info string are still read by commonmark-java.
 */
final class EntityReferences implements InlineContentParser {
    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('&');
        }

        @Override
        public InlineContentParser create() {
            return new EntityReferences();
        }
    };

    private static final AsciiMatcher HEX = AsciiMatcher.builder().range('0', '9').range('A', 'F').range('a', 'f').build();
    private static final AsciiMatcher DEC = AsciiMatcher.builder().range('0', '9').build();
    private static final AsciiMatcher NAME_START = AsciiMatcher.builder().range('A', 'Z').range('a', 'z').build();
    private static final AsciiMatcher NAME = NAME_START.newBuilder().range('0', '9').build();

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next(); // the '&'
        if (scanner.next('#')) {
            boolean hex = scanner.next('x') || scanner.next('X');
            Position digitsStart = scanner.position();
            int digits = scanner.match(hex ? HEX : DEC);
            if (digits >= 1 && digits <= (hex ? 6 : 7)) {
                String number = scanner.getSource(digitsStart, scanner.position()).getContent();
                if (scanner.next(';')) {
                    return ParsedInline.of(new Text(character(Integer.parseInt(number, hex ? 16 : 10))), scanner.position());
                }
            }
        } else if (NAME_START.matches(scanner.peek())) {
            Position nameStart = scanner.position();
            scanner.match(NAME);
            String name = scanner.getSource(nameStart, scanner.position()).getContent();
            if (scanner.next(';')) {
                String value = Entities.getByName(name);
                return ParsedInline.of(new Text(value.isEmpty() ? "&" + name + ";" : value), scanner.position());
            }
        }
        return ParsedInline.none();
    }

    /** As CommonMark says: NUL and what is no code point read as U+FFFD. */
    private static String character(int codePoint) {
        return codePoint == 0 || codePoint > Character.MAX_CODE_POINT ? "\uFFFD" : new String(Character.toChars(codePoint));
    }
}
