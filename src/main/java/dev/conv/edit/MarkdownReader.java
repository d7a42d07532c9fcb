package dev.conv.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.block.MatchedBlockParser;

/**
 * The one Markdown reader of conv, so that html2md and clean cannot disagree about which parts of
 * a page are HTML: commonmark-java, read as GitHub's cmark-gfm reads a page (CommonMark 0.31, GFM
 * tables and strike-through, raw HTML kept as raw HTML), with the source span of every node, in
 * time linear in the page ({@link AngleBrackets}, {@link Backticks}).
 * Front matter is not Markdown: callers cut it off first ({@link dev.conv.page.FrontMatter}).
 * Thread-safe; the parser is built once.
 */
public final class MarkdownReader {
    /**
     * Tables, and strike-through with one or two tildes: GitHub strikes {@code ~x~} too. A table
     * of any size is read (commonmark-java would throw past a million cells, which conv would
     * report as a bug of its own; its time grows linearly with the cells).
     */
    private static final Extension STRIKETHROUGH = StrikethroughExtension.builder().requireTwoTildes(false).build();
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.builder().maxCells(null).build(), STRIKETHROUGH);
    /** The core blocks in the core order, lists aside: {@link ParagraphLineFilters} starts those. */
    private static final Set<Class<? extends Block>> CORE_BLOCKS = new LinkedHashSet<>(List.of(BlockQuote.class,
            Heading.class, FencedCodeBlock.class, HtmlBlock.class, ThematicBreak.class, IndentedCodeBlock.class));
    /**
     * commonmark-java's own {@code <} and backtick parsers search to the paragraph's end: ours are
     * linear. Its limits on hostile input stay on: at most 100 blocks open at once and 100 nested
     * inline nodes, deeper markers being read as text; no real page nests that deep, and they keep
     * every walk over the tree shallow.
     */
    private static final Parser PARSER = withInlineParsers(AngleBrackets.FACTORY, Backticks.FACTORY)
            .customInlineContentParserFactory(EntityReferences.FACTORY).build();
    /** CommonMark alone, in the same linear time: see {@link #parseWithoutTables}. */
    private static final Parser WITHOUT_TABLES = Parser.builder()
            .customBlockParserFactory(ParagraphLineFilters.lists(UnaryOperator.identity()))
            .enabledBlockTypes(CORE_BLOCKS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .customInlineContentParserFactory(AngleBrackets.FACTORY).customInlineContentParserFactory(Backticks.FACTORY)
            .customInlineContentParserFactory(EntityReferences.FACTORY).build();

    /**
     * The reader for finding HTML ({@link #parseForHtml}): inline content is read only in a block that
     * holds a {@code <}, as no other can hold an inline tag.
     */
    private static final Parser FOR_HTML = withInlineParsers(AngleBrackets.FACTORY, Backticks.FACTORY)
            .customInlineContentParserFactory(EntityReferences.FACTORY)
            .inlineParserFactory(context -> {
                InlineParser inline = new InlineParserImpl(context);
                return (lines, block) -> {
                    if (holdsTag(lines)) {
                        inline.parse(lines, block);
                    }
                };
            }).build();

    private MarkdownReader() {
    }

    /** Parses Markdown (front matter already cut off); source spans index into {@code markdown}. */
    public static Node parse(String markdown) {
        Node document = PARSER.parse(markdown);
        if (markdown.contains("\\|")) {
            realignTableTags(document, markdown);
        }
        return document;
    }

    /**
     * Parses Markdown as {@link #parse} does for what is HTML in it: its HTML blocks and inline tags, with
     * their spans, alike; other inline content is left unread in blocks with no {@code <} (a page's
     * headings, links and entities were half of the time clean spent reading Markdown).
     */
    public static Node parseForHtml(String markdown) {
        Node document = FOR_HTML.parse(markdown);
        if (markdown.contains("\\|")) {
            realignTableTags(document, markdown);
        }
        return document;
    }

    private static boolean holdsTag(SourceLines lines) {
        for (SourceLine line : lines.getLines()) {
            CharSequence content = line.getContent();
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == '<') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Parses Markdown as a CommonMark reader without GFM's tables and strike-through reads it: a
     * table row is a paragraph line there, so a link can run across a cell's {@code |}
     * ({@code [a](x|y)}), which GitHub's reading never sees. For those who must judge every link
     * any reader renders; spans index into {@code markdown}.
     */
    public static Node parseWithoutTables(String markdown) {
        return WITHOUT_TABLES.parse(markdown);
    }

    /**
     * The tables extension drops the backslash of each {@code \|} before it parses a cell, so the
     * spans after one point that many characters early. clean edits an inline tag at its span:
     * each such tag is moved to where its text is, further along its line.
     */
    private static void realignTableTags(Node document, String markdown) {
        Node node = document;
        while (node != null) {
            if (node instanceof HtmlInline html && html.getSourceSpans().size() == 1) {
                SourceSpan span = html.getSourceSpans().get(0);
                int at = span.getInputIndex();
                String literal = html.getLiteral();
                if (readEnd(markdown, at, literal) != at + span.getLength()) {
                    int lineEnd = markdown.indexOf('\n', at);
                    int end = lineEnd < 0 ? markdown.length() : lineEnd;
                    // Found a few characters on, one per backslash dropped before it in the cell.
                    for (int i = at; i + literal.length() <= end; i++) {
                        int tagEnd = readEnd(markdown, i, literal);
                        if (tagEnd >= 0) {
                            html.setSourceSpans(List.of(SourceSpan.of(span.getLineIndex(),
                                    span.getColumnIndex() + i - at, i, tagEnd - i)));
                            break;
                        }
                    }
                }
            }
            Node next = node.getFirstChild();
            while (next == null && node != null) {
                next = node.getNext();
                node = next == null ? node.getParent() : node;
            }
            node = next;
        }
    }

    /**
     * Where the text from {@code at} ends if it reads as {@code literal}, else -1. The reader
     * shows NUL as U+FFFD, and in a table cell a tag's literal holds {@code |} for {@code \|}.
     */
    private static int readEnd(String markdown, int at, String literal) {
        int j = at;
        for (int i = 0; i < literal.length(); i++, j++) {
            if (j >= markdown.length()) {
                return -1;
            }
            char c = markdown.charAt(j);
            if (c == '\\' && literal.charAt(i) == '|' && j + 1 < markdown.length() && markdown.charAt(j + 1) == '|') {
                c = markdown.charAt(++j);
            }
            if ((c == '\0' ? '\uFFFD' : c) != literal.charAt(i)) {
                return -1;
            }
        }
        return j;
    }

    /** The reader as configured, but with commonmark-java's own parsers of {@code <} and backticks. */
    static Parser.Builder withBuiltInInlineParsers() {
        return blocks(UnaryOperator.identity());
    }

    /** The reader as configured, with these parsers of {@code <} and backticks (tests count their steps). */
    static Parser.Builder withInlineParsers(InlineContentParserFactory angleBrackets, InlineContentParserFactory backticks) {
        return blocks(UnaryOperator.identity()).customInlineContentParserFactory(angleBrackets)
                .customInlineContentParserFactory(backticks);
    }

    /** The reader as configured, {@code probe} seeing what the table and list factories are given (tests count with it). */
    static Parser.Builder withBlockProbe(UnaryOperator<MatchedBlockParser> probe) {
        return blocks(probe).customInlineContentParserFactory(AngleBrackets.FACTORY)
                .customInlineContentParserFactory(Backticks.FACTORY);
    }

    /** Tables and lists are started through {@link ParagraphLineFilters}: linear on long paragraphs. */
    private static Parser.Builder blocks(UnaryOperator<MatchedBlockParser> probe) {
        return Parser.builder().extensions(List.of(STRIKETHROUGH))
                .customBlockParserFactory(ParagraphLineFilters.tables(probe))
                .customBlockParserFactory(ParagraphLineFilters.lists(probe))
                .enabledBlockTypes(CORE_BLOCKS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    /** The extensions the reader uses: a renderer of its documents needs the same ones. */
    public static List<Extension> extensions() {
        return EXTENSIONS;
    }
}
