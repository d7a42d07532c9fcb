package dev.conv.edit;

import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.internal.TableBlockParser;
import org.commonmark.internal.ListBlockParser;
import org.commonmark.internal.ThematicBreakParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * commonmark-java's table and list starts ask, on every line of a paragraph that does not begin
 * with a letter, for a copy of all the paragraph's lines so far: a paragraph of n such lines
 * (a quote of {@code > <span></span>} lines) took time n². These factories look at the line first
 * and ask only when it could start their block: a delimiter row, a list marker. They answer as
 * the library's own factories do, in the same order: the table's before every core block, the
 * list's after a thematic break.
 */
final class ParagraphLineFilters {
    private ParagraphLineFilters() {
    }

    /** GFM tables of any size; {@code probe} sees what the library's factory is given (tests count with it). */
    static BlockParserFactory tables(UnaryOperator<MatchedBlockParser> probe) {
        BlockParserFactory tables = new TableBlockParser.Factory(null);
        return new AbstractBlockParserFactory() {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                return couldBeDelimiterRow(state) ? tables.tryStart(state, probe.apply(matched)) : BlockStart.none();
            }
        };
    }

    /**
     * Lists. Custom factories run before the core ones, so a line the core reads as a thematic
     * break ({@code - - -}, {@code * * *}) is left to it, as the core order does.
     */
    static BlockParserFactory lists(UnaryOperator<MatchedBlockParser> probe) {
        BlockParserFactory lists = new ListBlockParser.Factory();
        BlockParserFactory rule = new ThematicBreakParser.Factory();
        return new AbstractBlockParserFactory() {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                if (!couldBeListMarker(state) || rule.tryStart(state, matched) != BlockStart.none()) {
                    return BlockStart.none();
                }
                return lists.tryStart(state, probe.apply(matched));
            }
        };
    }

    /** Only pipes, dashes, colons and blanks, with a pipe and a dash (the table parser's own rule is stricter). */
    private static boolean couldBeDelimiterRow(ParserState state) {
        CharSequence line = state.getLine().getContent();
        boolean pipe = false;
        boolean dash = false;
        for (int i = state.getIndex(); i < line.length(); i++) {
            char c = line.charAt(i);
            pipe |= c == '|';
            dash |= c == '-';
            if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return pipe && dash;
    }

    /** A bullet or a digit where the line's text begins: anything else is not a list marker. */
    private static boolean couldBeListMarker(ParserState state) {
        CharSequence line = state.getLine().getContent();
        int at = state.getNextNonSpaceIndex();
        if (at >= line.length()) {
            return false;
        }
        char c = line.charAt(at);
        return c == '-' || c == '+' || c == '*' || c >= '0' && c <= '9';
    }
}
