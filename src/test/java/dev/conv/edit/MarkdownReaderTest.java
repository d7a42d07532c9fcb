package dev.conv.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.MatchedBlockParser;
import org.junit.jupiter.api.Test;

/** The one Markdown reader reads a page as GitHub's cmark-gfm does, and holds up to hostile input. */
class MarkdownReaderTest {
    private static List<Node> gfmNodes(String markdown) {
        List<Node> found = new ArrayList<>();
        MarkdownReader.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                found.add(block);
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                found.add(node);
                visitChildren(node);
            }
        });
        return found;
    }

    @Test
    void strikesOneOrTwoTildesAndReadsTables() {
        // cmark-gfm -e table -e strikethrough strikes ~a~ and ~~b~~, not ~~~c~~~.
        assertThat(gfmNodes("~a~ ~~b~~ ~~~c~~~\n")).hasSize(2).allMatch(n -> n instanceof Strikethrough);
        assertThat(gfmNodes("| a |\n|---|\n| b |\n")).first().isInstanceOf(TableBlock.class);
    }

    /** Found by profiling fix --check: reading headings' links and entities was half of clean's Markdown reading. */
    @Test
    void readingForHtmlLeavesBlocksWithoutATagUnreadInline() {
        Node doc = MarkdownReader.parseForHtml("# [a](/b) &amp; *c*\n\nx <b>y</b> *z*\n\n| [t](/u) | <i>v</i> |\n|---|---|\n");
        Node heading = doc.getFirstChild();
        assertThat(heading.getFirstChild()).isNull();
        assertThat(MarkdownReader.parse("# [a](/b) &amp; *c*\n").getFirstChild().getFirstChild()).isNotNull();
        List<String> inline = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                inline.add(html.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Emphasis emphasis) {
                inline.add("*");
                visitChildren(emphasis);
            }

            @Override
            public void visit(org.commonmark.node.Link link) {
                inline.add("link");
            }
        });
        assertThat(inline).containsExactly("<b>", "</b>", "*", "<i>", "</i>");
    }

    /** The HTML regions are the same as with every block read inline, on every Markdown fixture and corpus page. */
    @Test
    void readingForHtmlFindsTheRegionsAFullReadFinds() throws java.io.IOException {
        List<java.nio.file.Path> pages = new ArrayList<>();
        for (String dir : List.of("test-fixtures", "../shared/corpus")) {
            java.nio.file.Path root = java.nio.file.Path.of(dir);
            if (java.nio.file.Files.isDirectory(root)) {
                try (var walk = java.nio.file.Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(100);
        for (java.nio.file.Path page : pages) {
            String text = new String(java.nio.file.Files.readAllBytes(page), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(HtmlRegions.ofMarkdown(text)).as(page.toString())
                    .isEqualTo(HtmlRegions.ofMarkdown(text, MarkdownReader::parse));
        }
    }

    @Test
    void deepNestingIsReadAsTextNotAsAStackOverflow() {
        String page = ">".repeat(100_000) + " <b>x</b>\n";
        List<HtmlRegion> regions = HtmlRegions.ofMarkdown(page);
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).text()).contains("<b>", "</b>");
    }

    @Test
    void inlineHtmlAfterAnEscapedPipeInATableCellSpansItsOwnText() {
        // The tables extension drops the backslash of \| before parsing the cell, and the spans
        // after it pointed one character early: clean would have deleted "x</b" for "</b>".
        String page = "| a |\n|---|\n| p\\|q <b>x</b> \\| \\|<i>y</i> |\n";
        List<String> tags = new ArrayList<>();
        MarkdownReader.parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                SourceSpan span = html.getSourceSpans().get(0);
                tags.add(page.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()));
            }
        });
        assertThat(tags).containsExactly("<b>", "</b>", "<i>", "</i>");
    }

    @Test
    void inlineHtmlHoldingAnEscapedPipeInATableCellSpansItsWholeSource() {
        // found by the reader's fuzz target: the literal of a tag holding "\|" reads "|", and it
        // was searched for as it reads, so not found; its span stayed early, cutting its end off.
        String page = "| a |\n|---|\n| x\\|y <![CDATA[p\\|q]]> z |\n";
        List<String> tags = new ArrayList<>();
        MarkdownReader.parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                SourceSpan span = html.getSourceSpans().get(0);
                tags.add(page.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()));
            }
        });
        assertThat(tags).containsExactly("<![CDATA[p\\|q]]>");
    }

    /** Paragraph lines the table and list factories are handed while reading {@code markdown}. */
    private static long paragraphLinesHandedOut(String markdown) {
        long[] lines = {0};
        MarkdownReader.withBlockProbe(matched -> new MatchedBlockParser() {
            @Override
            public BlockParser getMatchedBlockParser() {
                return matched.getMatchedBlockParser();
            }

            @Override
            public SourceLines getParagraphLines() {
                SourceLines paragraph = matched.getParagraphLines();
                lines[0] += paragraph.getLines().size();
                return paragraph;
            }
        }).build().parse(markdown);
        return lines[0];
    }

    @Test
    void longParagraphOfLinesStartingWithATagIsReadInLinearWork() {
        // Each line not starting with a letter asked for a copy of the paragraph so far: n².
        long n = paragraphLinesHandedOut("> <span></span>\n".repeat(2000));
        long twice = paragraphLinesHandedOut("> <span></span>\n".repeat(4000));
        assertThat(twice).as("paragraph lines copied for 4000 lines, against %d for 2000", n).isLessThanOrEqualTo(2 * n + 10);
        assertThat(paragraphLinesHandedOut("a | b\n-|-\nx\n- item\n".repeat(500))).isLessThan(5000);
        assertThat(gfmNodes("a | b\n-|-\n")).first().isInstanceOf(TableBlock.class);
    }

    @Test
    void listsAndThematicBreaksStartWhereTheCoreReaderStartsThem() {
        Node doc = MarkdownReader.parse("para\n- item\n\n- - -\n\n* * *\n\n1. one\ntext\n2) two\n\n---\n");
        List<String> kinds = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            kinds.add(n.getClass().getSimpleName());
        }
        assertThat(kinds).containsExactly("Paragraph", "BulletList", "ThematicBreak", "ThematicBreak", "OrderedList",
                "OrderedList", "ThematicBreak");
    }
}
