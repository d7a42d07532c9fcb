package dev.conv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.edit.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The Markdown reader clean and html2md share: it reads any text without an exception, its tree
 * stays shallow (commonmark-java's limits: 100 open blocks, 100 nested inline spans), and every
 * source span lies inside the text, an inline HTML tag's span holding exactly its text, since
 * clean edits the page at those positions (NUL aside, which the reader shows as U+FFFD).
 */
class MarkdownReaderFuzzTest {
    /** 100 blocks, 100 inline spans, and the document, paragraph and list item levels around them. */
    private static final int MAX_DEPTH = 2 * 100 + 8;

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] bytes) {
        String markdown = new String(bytes, StandardCharsets.UTF_8);
        Node document = MarkdownReader.parse(markdown);
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(document);
        depths.push(0);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            int depth = depths.pop();
            assertThat(depth).as("tree depth").isLessThanOrEqualTo(MAX_DEPTH);
            for (SourceSpan span : node.getSourceSpans()) {
                assertThat(span.getInputIndex()).as("span start of %s", node).isBetween(0, markdown.length());
                assertThat(span.getInputIndex() + span.getLength()).as("span end of %s", node)
                        .isBetween(span.getInputIndex(), markdown.length());
            }
            if (node instanceof HtmlInline html && html.getSourceSpans().size() == 1) {
                SourceSpan span = html.getSourceSpans().get(0);
                // CommonMark reads U+0000 as U+FFFD (conv refuses such input as binary before)
                String source = markdown.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
                // and, in a table cell, its literal holds "|" for "\|" (the tables extension unescapes the cell)
                String read = source.replace('\0', '\uFFFD');
                assertThat(read.equals(html.getLiteral()) || read.replace("\\|", "|").equals(html.getLiteral()))
                        .as("source of an inline HTML tag: %s for %s", source, html.getLiteral()).isTrue();
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
    }
}
