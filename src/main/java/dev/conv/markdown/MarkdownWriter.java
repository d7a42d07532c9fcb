package dev.conv.markdown;

import dev.conv.html.HtmlVocabulary;
import dev.conv.html.TableShape;
import dev.conv.html.TagPolicies;
import dev.conv.html.TagPolicy;
import dev.conv.html.TrackingPixels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a DOM once, without recursion, and writes Markdown. Block elements end the current
 * paragraph; inline elements become tokens in an {@link InlineBuffer}; an inline element that
 * spans several blocks (a link around a heading and a paragraph) is re-opened in each of them.
 */
final class MarkdownWriter implements NodeFilter {
    private final Html2MdOptions options;
    /** Every custom tag unwrapped: decided once, as a config makes an equal but new policy object. */
    private final boolean defaultTagPolicies;
    private final TrackingPixels pixels;
    private final StringBuilder out = new StringBuilder();
    private final BlockPrinter printer = new BlockPrinter(out);
    private final InlineBuffer paragraph = new InlineBuffer();
    private final InlineRenderer renderer;
    private final ReferenceLinks references;
    /** Lets through only the URLs and raw HTML that cannot run script. */
    private final UrlGate gate;
    /** The {@code <sup>}/{@code <sub>} being written. */
    private final Scripts scripts = new Scripts();

    /** Where inline content goes now: the paragraph, or the cell of a data table. */
    private InlineBuffer inline = paragraph;
    /** Spans of the paragraph buffer whose elements are still open, outermost first. */
    private final List<Token> openSpans = new ArrayList<>();
    /** {@link #openSpans} from this index on were opened in the paragraph being written. */
    private int freshOpens;
    /** Open spans whose paragraph has ended, by their opening, with how it ended. */
    private final Map<Token, Ending> endings = new IdentityHashMap<>();
    /** The element whose head or tail is being written: what ends a paragraph, if one ends. */
    private Element writing;
    private final Lists lists;
    /** Quote, list and item elements that opened a container, innermost first. */
    private final Deque<Element> containers = new ArrayDeque<>();
    /**
     * Deeper quotes and lists are written as plain blocks: no reader nests further, and a prefix
     * per level would make output grow with the square of a hostile page's depth.
     */
    static final int MAX_CONTAINER_DEPTH = 32;
    /** Emphasis of one kind nested deeper than this adds nothing a reader can see. */
    private static final int MAX_SAME_SPAN_DEPTH = 3;
    /** For each open table: the data table being collected, or null for a layout table. */
    private final Deque<TableModel> tables = new ArrayDeque<>();
    private int headingLevel;
    /** In a layout table, the header cell of the row being written when it labels the other cell. */
    private Element label;
    /** A label was written and its value has shown nothing yet: a block does not start a new line. */
    private boolean labelPending;
    /** The heading being written: block elements inside it are line breaks. */
    private Element heading;
    private int cellDepth;

    MarkdownWriter(Html2MdOptions options, TrackingPixels pixels) {
        this.options = options;
        this.defaultTagPolicies = options.tagPolicies().equals(TagPolicies.DEFAULTS);
        this.pixels = pixels;
        this.lists = new Lists(printer, options.bullet());
        this.gate = new UrlGate(options.schemePolicy());
        references = options.linkStyle() == Html2MdOptions.LinkStyle.REFERENCE ? new ReferenceLinks() : null;
        renderer = new InlineRenderer(references);
    }

    /** Converts the content of {@code root} (not the element itself). */
    String write(Element root) {
        for (Node child : new ArrayList<>(root.childNodes())) {
            walk(child);
        }
        return finish();
    }

    /** Writes one node and everything inside it. */
    void walk(Node node) {
        NodeTraversor.filter(this, node);
    }

    /** Ends the document and returns what is not yet drained. */
    String finish() {
        flush();
        String definitions = references == null ? "" : references.definitions();
        if (!definitions.isEmpty()) {
            printer.leaf(BlockPrinter.Block.PARAGRAPH, definitions);
        }
        printer.finish();
        return out.toString();
    }

    /**
     * Moves finished output to {@code sink}, keeping trailing newlines, which the next block or
     * the end of the document decides about.
     */
    void drainTo(Appendable sink) throws java.io.IOException {
        if (printer.inList()) {
            return; // a list may still turn loose and gain blank lines
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        if (end == 0) {
            return;
        }
        sink.append(out, 0, end);
        out.delete(0, end);
        printer.drained();
    }

    /** Characters written and not yet drained. */
    int pending() {
        return out.length();
    }

    /** May this element be entered before it is complete: its head needs nothing from its content. */
    boolean streamable(Element el) {
        switch (roleOf(el)) {
            case BLOCK: case TERM: case QUOTE: case INLINE: case EM: case STRONG: case DEL: case KEEPABLE:
                return !HtmlVocabulary.isHidden(el) && !MathTex.isRendering(el) && !MathTex.isFormulaWrapper(el);
            case LINK:
                // A custom tag becomes a link only if it holds none: it is looked at whole.
                return el.nameIs("a") && !HtmlVocabulary.isHidden(el);
            default:
                return false;
        }
    }

    /**
     * What an element becomes, under the custom-tag policies: a tag {@code conv clean} would drop
     * is dropped, one it would turn into a link is a link (if {@link #restoresLink} agrees).
     */
    private Role roleOf(Element el) {
        Role role = Role.of(el.normalName());
        if (defaultTagPolicies) {
            return role; // every custom tag unwrapped: the common case, decided without a look-up
        }
        TagPolicy policy = options.tagPolicies().policyFor(el);
        if (policy == TagPolicy.DROP) {
            return Role.DROP;
        }
        if (policy == TagPolicy.LINK && !HtmlVocabulary.isPresentational(el.normalName())) {
            return Role.LINK;
        }
        return role;
    }

    /**
     * May this custom tag become a link, as {@code conv clean} decides: not inside a link, not
     * holding one ({@code <a>} wins over a restored link), and with an address.
     */
    private boolean restoresLink(Element el) {
        return !el.attr("href").isBlank() && sameSpansOpen(Token.LINK) == 0 && el.selectFirst("a") == null;
    }

    /** The URLs and raw HTML refused so far, as changes. */
    List<dev.conv.step.Change> refused() {
        return gate.refused();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String content = ControlCharacters.decodeThenDrop(text.getWholeText());
            labelPending &= content.isBlank();
            inline.text(scripts.text(content));
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
        }
        writing = el;
        Role role = roleOf(el);
        if (role == Role.DROP || HtmlVocabulary.isHidden(el) || MathTex.isRendering(el)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        Element formula = MathTex.wrappedFormula(el);
        if (formula != null) {
            head(formula, depth); // its math: always skipped entirely, and so is the wrapper
            return FilterResult.SKIP_ENTIRELY;
        }
        if (cellDepth > 0 || heading != null) {
            return headInsideLine(el, role);
        }
        // A label's value may open with blocks (<td><div><p>): they continue the label's line.
        labelPending &= role == Role.BLOCK || role == Role.CELL;
        switch (role) {
            case BLOCK:
            case CAPTION:
                if (!labelPending) {
                    flush();
                }
                return FilterResult.CONTINUE;
            case TERM:
                flush();
                openSpan(el, Token.open(Token.STRONG, null, null));
                return FilterResult.CONTINUE;
            case HEADING:
                flush();
                heading = el;
                headingLevel = el.normalName().charAt(1) - '0';
                return FilterResult.CONTINUE;
            case PRE:
                flush();
                codeBlock(el);
                return FilterResult.SKIP_ENTIRELY;
            case RULE:
                flush();
                rule();
                return FilterResult.SKIP_ENTIRELY;
            case MATH:
                if (!MathTex.isDisplay(el)) {
                    return headInline(el, role);
                }
                String tex = MathTex.of(el, true);
                if (!tex.isEmpty()) {
                    flush();
                    String block = MathMarkdown.block(tex);
                    printer.leaf(block.startsWith("$") ? BlockPrinter.Block.PARAGRAPH : BlockPrinter.Block.CODE, block);
                }
                return FilterResult.SKIP_ENTIRELY;
            case QUOTE:
                flush();
                if (containers.size() < MAX_CONTAINER_DEPTH) {
                    printer.openQuote();
                    containers.push(el);
                }
                return FilterResult.CONTINUE;
            case LIST:
                flush();
                if (containers.size() < MAX_CONTAINER_DEPTH) {
                    lists.open(el);
                    containers.push(el);
                }
                return FilterResult.CONTINUE;
            case ITEM:
                flush();
                // Only a list's own child is an item: jsoup can put an <li> straight into another
                // (foster parenting out of a table), and that one is written as its text.
                if (containers.size() < MAX_CONTAINER_DEPTH && el.parent() != null && containers.peek() == el.parent()
                        && roleOf(el.parent()) == Role.LIST && lists.openItem(el)) {
                    containers.push(el);
                }
                return FilterResult.CONTINUE;
            case TABLE:
                flush();
                tables.push(TableShape.isDataTable(el) ? new TableModel(TableShape.captionRow(el) != null) : LAYOUT);
                return FilterResult.CONTINUE;
            case TABLE_SECTION:
                return FilterResult.CONTINUE;
            case ROW:
                if (dataTable() != null) {
                    dataTable().startRow();
                } else {
                    flush();
                    label = TableCells.labelCell(el);
                }
                return FilterResult.CONTINUE;
            case CELL:
                if (dataTable() != null) {
                    cellDepth++;
                    inline = new InlineBuffer(dataTable().isCaptionCell());
                } else if (el == label) {
                    flush();
                    openSpan(el, Token.open(Token.STRONG, null, null));
                } else if (!labelPending) {
                    flush();
                }
                return FilterResult.CONTINUE;
            default:
                return headInline(el, role);
        }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        writing = el;
        Role role = roleOf(el);
        if (cellDepth > 0 && !(role == Role.CELL && dataTableCellEnds())) {
            tailInsideLine(el, role);
            return FilterResult.CONTINUE;
        }
        if (heading != null && el != heading) {
            tailInsideLine(el, role);
            return FilterResult.CONTINUE;
        }
        switch (role) {
            case BLOCK:
            case CAPTION:
                if (!labelPending) {
                    flush(); // an empty block opening a label's value leaves the line open
                }
                break;
            case HEADING:
                heading();
                break;
            case TERM:
                tailInline(el);
                flush();
                break;
            case QUOTE:
            case LIST:
            case ITEM:
                flush();
                if (containers.peek() == el) {
                    containers.pop();
                    printer.close();
                    if (role == Role.LIST) {
                        lists.close();
                    }
                }
                break;
            case TABLE:
                TableModel table = tables.pop();
                if (table != LAYOUT) {
                    paragraph(table.caption());
                    String text = table.render();
                    if (!text.isEmpty()) {
                        printer.leaf(BlockPrinter.Block.TABLE, text);
                    }
                } else {
                    flush();
                }
                break;
            case ROW:
                if (dataTable() != null) {
                    dataTable().endRow();
                } else {
                    flush();
                    label = null;
                    labelPending = false;
                }
                break;
            case CELL:
                if (cellDepth > 0) {
                    endCell(el);
                } else if (el == label) {
                    endLabel(el);
                } else {
                    flush();
                    labelPending = false;
                }
                break;
            default:
                tailInline(el);
                break;
        }
        return FilterResult.CONTINUE;
    }

    /** Marks a layout table on the table stack. */
    private static final TableModel LAYOUT = new TableModel();

    private TableModel dataTable() {
        TableModel t = tables.peek();
        return t == LAYOUT ? null : t;
    }

    private boolean dataTableCellEnds() {
        return cellDepth == 1;
    }

    // ---------------------------------------------------------------- inside one line

    /** Inside a heading or a table cell a block element is a line break, not a new block. */
    private FilterResult headInsideLine(Element el, Role role) {
        switch (role) {
            case BLOCK: case CAPTION: case HEADING: case QUOTE: case LIST: case ITEM: case TABLE:
            case TABLE_SECTION: case ROW: case RULE:
                inline.boundary();
                return FilterResult.CONTINUE;
            case CELL:
                inline.text(" ");
                return FilterResult.CONTINUE;
            case TERM:
                inline.boundary();
                openSpan(el, Token.open(Token.STRONG, null, null));
                return FilterResult.CONTINUE;
            case PRE:
                inline.boundary();
                inline.atom(Token.code(PreText.of(el)));
                inline.boundary();
                return FilterResult.SKIP_ENTIRELY;
            default:
                return headInline(el, role);
        }
    }

    private void tailInsideLine(Element el, Role role) {
        switch (role) {
            case BLOCK: case CAPTION: case HEADING: case QUOTE: case LIST: case ITEM: case TABLE:
            case TABLE_SECTION: case ROW:
                inline.boundary();
                break;
            case CELL:
                inline.text(" ");
                break;
            case TERM:
                tailInline(el);
                inline.boundary();
                break;
            default:
                tailInline(el);
                break;
        }
    }

    // ---------------------------------------------------------------- inline elements

    private FilterResult headInline(Element el, Role role) {
        switch (role) {
            case BREAK:
                lineBreak();
                return FilterResult.SKIP_ENTIRELY;
            case IMAGE:
                InlineElements.image(el, inline, pixels, gate);
                return FilterResult.SKIP_ENTIRELY;
            case LINK: {
                String href = InlineElements.attr(el, "href").trim();
                if (!el.hasAttr("href") || !el.nameIs("a") && !restoresLink(el) || !gate.link(href)) {
                    return FilterResult.CONTINUE;
                }
                String title = el.hasAttr("title") ? InlineElements.label(el, "title") : null;
                openSpan(el, Token.open(Token.LINK, href, title));
                return FilterResult.CONTINUE;
            }
            case EM:
                openSpan(el, Token.open(Token.EM, null, null));
                return FilterResult.CONTINUE;
            case STRONG:
                openSpan(el, Token.open(Token.STRONG, null, null));
                return FilterResult.CONTINUE;
            case DEL:
                openSpan(el, Token.open(Token.DEL, null, null));
                return FilterResult.CONTINUE;
            case CODE:
                InlineElements.code(el, inline, gate);
                return FilterResult.SKIP_ENTIRELY;
            case KEEPABLE:
                if (options.keepHtml()) {
                    openSpan(el, Token.keptTag(el.normalName(), true));
                }
                return FilterResult.CONTINUE;
            case SCRIPT:
                if (options.keepHtml()) {
                    openSpan(el, Token.keptTag(el.normalName(), true));
                    return FilterResult.CONTINUE;
                }
                return scripts.open(el, inline) ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            case MEDIA:
                InlineElements.media(el, inline, options.keepHtml(), pixels, gate);
                return FilterResult.SKIP_ENTIRELY;
            case MATH: {
                String tex = MathTex.of(el, false);
                if (!tex.isEmpty()) {
                    inline.atom(Token.math(tex));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            default:
                return FilterResult.CONTINUE;
        }
    }

    /**
     * A {@code <br>}. One ending a line that shows nothing (NBSP at most) is not a second hard
     * break: in a paragraph a run of them is one paragraph break, in a heading one space.
     */
    private void lineBreak() {
        int line = inline == paragraph ? inline.blankLine() : InlineBuffer.NOT_BLANK;
        if (line == InlineBuffer.NOT_BLANK) {
            inline.hardBreak();
        } else if (heading == null) {
            inline.dropBlankLine();
            if (line == InlineBuffer.BLANK_AFTER_BREAK) {
                flush();
            }
        }
    }

    private void tailInline(Element el) {
        if (scripts.close(el, inline)) {
            return;
        }
        SpanEntry top = spanStack.peek();
        if (top == null || top.element != el) {
            return; // no span was opened: <a> without href, capped nesting, KEEPABLE without --keep-html
        }
        spanStack.pop();
        if (top.token.span == Token.KEPT_TAG) {
            inline.closeKept(top.token.text);
        } else {
            inline.close(top.token.span);
        }
        int i = openSpans.lastIndexOf(top.token);
        if (i >= 0) {
            openSpans.remove(i);
            if (i < freshOpens) {
                freshOpens--;
            }
        }
        if (!endings.isEmpty()) {
            endings.remove(top.token);
        }
    }

    /**
     * How the paragraph ended that the span of {@code el} (open, innermost) opened in; null
     * while that paragraph goes on, or when {@code el} opened no span.
     */
    Ending ending(Element el) {
        SpanEntry top = spanStack.peek();
        return top == null || top.element != el || endings.isEmpty() ? null : endings.get(top.token);
    }

    /**
     * The end of the paragraph a span opened in: {@code by} the element whose head or tail ended
     * it. One that showed nothing took the span's opening with it: the span shows only where its
     * copies, reopened in later blocks, hold something (an empty link, nowhere).
     */
    record Ending(Element by, boolean shown) {
    }

    private void openSpan(Element el, Token open) {
        if (open.isEmphasis() && sameSpansOpen(open.span) >= MAX_SAME_SPAN_DEPTH) {
            return;
        }
        if (open.span == Token.DEL && sameSpansOpen(Token.DEL) > 0) {
            return; // struck inside struck looks the same, and nested tildes pair as GFM likes, not as meant
        }
        if (open.span == Token.STRONG && insideTerm()) {
            return; // a term is bold already: bold inside it would only double the asterisks
        }
        inline.open(open);
        if (inline == paragraph) {
            openSpans.add(open);
        } else {
            open.reopened = false;
        }
        spanStack.push(new SpanEntry(el, open));
    }

    private int sameSpansOpen(int span) {
        int n = 0;
        for (SpanEntry e : spanStack) {
            if (e.token.span == span) {
                n++;
            }
        }
        return n;
    }

    private boolean insideTerm() {
        for (SpanEntry e : spanStack) {
            if (Role.of(e.element.normalName()) == Role.TERM) {
                return true;
            }
        }
        return false;
    }

    private record SpanEntry(Element element, Token token) {
    }

    /** Every span opened, with its element, so a tail closes only what its own head opened. */
    private final Deque<SpanEntry> spanStack = new ArrayDeque<>();

    // ---------------------------------------------------------------- blocks

    /** Ends the current paragraph, if it has anything to show. */
    private void flush() {
        boolean shown = inline.hasContent();
        if (shown) {
            paragraph(renderer.render(inline.finish(), InlineRenderer.Mode.PARAGRAPH, printer.atDocumentStart(),
                    printer.bulletsOnLine()));
        }
        for (int i = freshOpens; i < openSpans.size(); i++) {
            endings.put(openSpans.get(i), new Ending(writing, shown));
        }
        resetInline();
    }

    /** Starts the next paragraph's buffer with the spans still open, reopened. */
    private void resetInline() {
        inline.reset(openSpans);
        freshOpens = openSpans.size();
    }

    /** Writes rendered paragraph text, wrapped if asked; nothing for "". */
    private void paragraph(String text) {
        if (!text.isEmpty()) {
            printer.leaf(BlockPrinter.Block.PARAGRAPH, options.wrap() > 0
                    ? Wrapper.wrap(text, Math.max(20, options.wrap() - printer.prefixWidth())) : text);
        }
    }

    /**
     * Ends the label of a layout table's label-value row: {@code **Industry**: }, the value
     * following on the same line.
     */
    private void endLabel(Element cell) {
        tailInline(cell);
        String text = cell.text().strip();
        if (!text.endsWith(":") && !text.endsWith("\uFF1A")) {
            inline.text(":");
        }
        inline.text(" ");
        label = null;
        labelPending = true;
    }

    private void heading() {
        int level = headingLevel;
        heading = null;
        boolean setext = options.headingStyle() == Html2MdOptions.HeadingStyle.SETEXT && level <= 2;
        String text = inline.hasContent()
                ? renderer.render(inline.finish(), setext ? InlineRenderer.Mode.PARAGRAPH : InlineRenderer.Mode.HEADING,
                        setext && printer.atDocumentStart(), setext ? printer.bulletsOnLine() : "")
                : "";
        resetInline();
        if (setext && !text.isEmpty()) {
            int width = 3;
            for (String line : text.split("\n")) {
                width = Math.max(width, TableModel.displayWidth(line));
            }
            printer.leaf(BlockPrinter.Block.SETEXT_HEADING, text + "\n" + (level == 1 ? "=" : "-").repeat(width));
        } else {
            printer.leaf(BlockPrinter.Block.HEADING, "#".repeat(level) + (text.isEmpty() ? "" : " " + text));
        }
    }

    /**
     * A rule is "---", except where that would read as something else: on the first line of items
     * marked "-" ("- ---" is one rule, not an item holding one; so is "* - ***"), or on the
     * document's first line, where a reader that knows front matter takes all down to a later
     * "---" or "..." line for it. Then "***", or "___" when a "*" item opens on the line too.
     */
    private void rule() {
        String bullets = printer.bulletsOnLine();
        String rule = bullets.indexOf('-') < 0 && !printer.atDocumentStart() ? "---"
                : bullets.indexOf('*') < 0 ? "***" : "___";
        printer.leaf(BlockPrinter.Block.RULE, rule);
    }

    private void codeBlock(Element pre) {
        String code = PreText.of(pre);
        String language = CodeLanguage.of(pre);
        boolean indented = options.codeStyle() == Html2MdOptions.CodeStyle.INDENTED && language.isEmpty()
                && !code.isBlank() && !code.startsWith("\n") && !code.endsWith("\n\n")
                && !printer.atItemStart() && printer.lastBlock() != BlockPrinter.Block.LIST
                && printer.lastBlock() != BlockPrinter.Block.INDENTED_CODE;
        String body = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        if (indented) {
            StringBuilder sb = new StringBuilder();
            for (String line : body.split("\n", -1)) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(line.isEmpty() ? "" : "    " + line);
            }
            printer.leaf(BlockPrinter.Block.INDENTED_CODE, sb.toString());
            return;
        }
        char fenceChar = language.indexOf('`') >= 0 ? '~' : '`';
        String fence = String.valueOf(fenceChar).repeat(Math.max(3, longestRun(code, fenceChar) + 1));
        String text = fence + MarkdownSyntax.infoString(language) + "\n" + (body.isEmpty() && !code.isEmpty() ? "\n" : body.isEmpty() ? "" : body + "\n") + fence;
        printer.leaf(BlockPrinter.Block.CODE, text);
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return longest;
    }

    private void endCell(Element cell) {
        cellDepth--;
        InlineBuffer cellBuffer = inline;
        inline = paragraph;
        if (dataTable().isCaptionCell()) {
            dataTable().caption(cellBuffer.hasContent()
                    ? renderer.render(cellBuffer.finish(), InlineRenderer.Mode.PARAGRAPH, printer.atDocumentStart()) : "");
            return;
        }
        String text = cellBuffer.hasContent() ? renderer.render(cellBuffer.finish(), InlineRenderer.Mode.CELL) : "";
        dataTable().addCell(text, cell.normalName().equals("th"), TableCells.alignment(cell),
                TableShape.span(cell, "colspan"), TableShape.span(cell, "rowspan"));
    }
}
