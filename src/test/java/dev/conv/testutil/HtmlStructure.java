package dev.conv.testutil;

import dev.conv.html.TableShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The structure of a page that Markdown can carry, as a map from aspect to a list of entries, so
 * an HTML page and the Markdown made from it (rendered back to HTML) can be compared aspect by
 * aspect:
 * <ul>
 * <li>{@code headings}: level and visible text, in order;</li>
 * <li>{@code links}: destination (percent-encoding normalised) and title, sorted, once for each
 * block the link's text spans (conv re-opens it in each); embedded media count as a link to
 * their source, as conv writes them;</li>
 * <li>{@code images}: source, alt text and title, sorted; 0x0 tracking pixels are not content;</li>
 * <li>{@code lists}: nesting depth, kind, start number and item count, in order;</li>
 * <li>{@code codeBlocks}: language and exact content, in order;</li>
 * <li>{@code codeSpans}: content with white space collapsed, sorted;</li>
 * <li>{@code emphasis}: kind (em, strong, del; a {@code <dt>} term is strong, as conv writes it) and
 * text, split where a block boundary cuts the span, edge punctuation trimmed (conv moves it outside
 * when CommonMark needs that), sorted;</li>
 * <li>{@code quotes}: the nesting depth of each block quote, in order;</li>
 * <li>{@code rules}: how many thematic breaks;</li>
 * <li>{@code tables}: for each data table, rows x columns (spans laid out on a grid) and its
 * non-empty cell texts, sorted. Layout tables (a cell holding blocks, or a list without a header
 * cell in the table, a single cell or a single column without header cells, a single row without
 * header cells, role presentation) are flattened on purpose and not listed. A first row that is
 * one cell spanning every column is a caption, written before the table: not part of it.
 * Lists inside a data table's cells are lines of the cell, not lists.</li>
 * <li>{@code math}: one entry per formula, in order (a page's MathML, Wikipedia's formula with
 * its fallback image, GitHub math in Markdown).</li>
 * </ul>
 * In a layout table, a row of a header cell and a data cell is a label and its value: the label
 * is strong ({@code **Industry**: Open-source software}).
 * Hidden and non-rendered elements (see {@link VisibleText}) are skipped. The walk is iterative.
 */
public final class HtmlStructure {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LISTS = Set.of("ul", "ol", "menu", "dir");
    private static final Set<String> PRES = Set.of("pre", "xmp", "listing", "plaintext");
    private static final Set<String> CODES = Set.of("code", "kbd", "samp", "tt");
    private static final Map<String, String> EMPHASIS = Map.ofEntries(
            Map.entry("em", "em"), Map.entry("i", "em"), Map.entry("cite", "em"), Map.entry("dfn", "em"),
            Map.entry("var", "em"), Map.entry("strong", "strong"), Map.entry("b", "strong"),
            Map.entry("dt", "strong"),
            Map.entry("del", "del"), Map.entry("s", "del"), Map.entry("strike", "del"));
    /** What a GFM table cell cannot hold: a table holding one in a cell is a layout table. */
    private static final Set<String> BLOCKS_IN_CELL = Set.of(
            "table", "pre", "xmp", "listing", "blockquote", "h1", "h2", "h3", "h4",
            "h5", "h6", "hr", "dl", "form", "fieldset", "iframe", "video", "audio");
    private static final char BLOCK_MARK = '\u0001';

    private HtmlStructure() {
    }

    public static Map<String, List<String>> ofHtml(String html) {
        Document doc = Jsoup.parse(html);
        return of(doc.body() != null ? doc.body() : doc);
    }

    public static Map<String, List<String>> of(Element root) {
        Walker w = new Walker();
        NodeTraversor.filter(w, root);
        Collections.sort(w.links);
        Collections.sort(w.images);
        Collections.sort(w.codeSpans);
        Collections.sort(w.emphasis);
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("headings", w.headings);
        m.put("links", w.links);
        m.put("images", w.images);
        m.put("lists", w.lists);
        m.put("codeBlocks", w.codeBlocks);
        m.put("codeSpans", w.codeSpans);
        m.put("emphasis", w.emphasis);
        m.put("quotes", w.quotes);
        m.put("rules", List.of(String.valueOf(w.rules)));
        m.put("tables", w.tables);
        m.put("math", w.math);
        return m;
    }

    private static final class Walker implements NodeFilter {
        final List<String> headings = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        final List<String> lists = new ArrayList<>();
        final List<String> codeBlocks = new ArrayList<>();
        final List<String> codeSpans = new ArrayList<>();
        final List<String> emphasis = new ArrayList<>();
        final List<String> quotes = new ArrayList<>();
        final List<String> tables = new ArrayList<>();
        final List<String> math = new ArrayList<>();
        int rules;
        int listDepth;
        int quoteDepth;
        int headingDepth;
        /** For each open table, outermost last: is it a data table. */
        final java.util.Deque<Boolean> tableKinds = new java.util.ArrayDeque<>();
        int dataCellDepth;
        /** The label cell of a layout table being walked, and whether it opened the strong span. */
        Element label;
        boolean labelOpenedStrong;
        final Map<String, Integer> emphasisOpen = new LinkedHashMap<>();

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return node instanceof TextNode ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }
            String name = el.normalName();
            if (name.equals("math") && !VisibleText.isHidden(el)) {
                math.add("math");
            }
            if (el.hasClass("mwe-math-element")) {
                // Wikipedia: one formula, as MathML (often hidden) and as a fallback image of it
                math.add("math");
                return FilterResult.SKIP_ENTIRELY;
            }
            if (VisibleText.NOT_SHOWN.contains(name) || VisibleText.isHidden(el) || VisibleText.isFormulaRendering(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (VisibleText.MEDIA.contains(name)) {
                // Written as its URL (<src>): the visible-text check sees it, like any URL shown as itself.
                return FilterResult.SKIP_ENTIRELY;
            }
            if (PRES.contains(name)) {
                if (headingDepth == 0) {
                    codeBlocks.add(language(el) + "|" + preText(el));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (CODES.contains(name)) {
                String code = el.wholeText().replaceAll("\\s+", " ").strip();
                if (!code.isEmpty()) {
                    codeSpans.add(code);
                }
                for (Element a : el.select("a[href]")) {
                    link(a);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (HEADINGS.contains(name)) {
                if (headingDepth == 0) {
                    headings.add(name + " " + VisibleText.of(el));
                }
                headingDepth++;
            } else if (name.equals("a")) {
                // a link around several blocks is written once in each of them
                int parts = 0;
                for (String segment : VisibleText.raw(el, String.valueOf(BLOCK_MARK)).split(String.valueOf(BLOCK_MARK))) {
                    if (!VisibleText.normalize(segment).isEmpty()) {
                        parts++;
                    }
                }
                for (int i = Math.max(1, parts); i > 0; i--) {
                    link(el);
                }
            } else if (name.equals("img")) {
                image(el);
            } else if (LISTS.contains(name)) {
                listDepth++;
                if (headingDepth == 0 && dataCellDepth == 0) {
                    lists.addAll(list(el));
                }
            } else if (name.equals("blockquote")) {
                quoteDepth++;
                if (headingDepth == 0) {
                    quotes.add(String.valueOf(quoteDepth));
                }
            } else if (name.equals("hr")) {
                if (headingDepth == 0) {
                    rules++;
                }
            } else if (name.equals("table")) {
                boolean data = isDataTable(el);
                tableKinds.push(data);
                if (data) {
                    tables.add(table(el));
                }
            } else if (name.equals("td") || name.equals("th")) {
                if (Boolean.TRUE.equals(tableKinds.peek())) {
                    dataCellDepth++;
                } else if (isLayoutLabel(el) && emphasisOpen.getOrDefault("strong", 0) == 0) {
                    emphasis.add("strong:" + trimPunctuation(VisibleText.of(el)));
                    emphasisOpen.merge("strong", 1, Integer::sum);
                    label = el;
                }
            } else if (EMPHASIS.containsKey(name)) {
                String kind = EMPHASIS.get(name);
                int open = emphasisOpen.getOrDefault(kind, 0);
                if (open == 0) {
                    for (String segment : VisibleText.raw(el, String.valueOf(BLOCK_MARK)).split(String.valueOf(BLOCK_MARK))) {
                        String text = trimPunctuation(VisibleText.normalize(segment));
                        if (!text.isEmpty()) {
                            emphasis.add(kind + ":" + text);
                        }
                    }
                }
                emphasisOpen.put(kind, open + 1);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String name = el.normalName();
            if (HEADINGS.contains(name)) {
                headingDepth--;
            } else if (LISTS.contains(name)) {
                listDepth--;
            } else if (name.equals("table")) {
                tableKinds.poll();
            } else if (name.equals("td") || name.equals("th")) {
                if (Boolean.TRUE.equals(tableKinds.peek())) {
                    dataCellDepth--;
                } else if (el == label) {
                    emphasisOpen.merge("strong", -1, Integer::sum);
                    label = null;
                }
            } else if (name.equals("blockquote")) {
                quoteDepth--;
            } else if (EMPHASIS.containsKey(name)) {
                emphasisOpen.merge(EMPHASIS.get(name), -1, Integer::sum);
            }
            return FilterResult.CONTINUE;
        }

        private void link(Element a) {
            if (!a.hasAttr("href")) {
                return;
            }
            String href = a.attr("href").strip();
            if (href.regionMatches(true, 0, "javascript:", 0, 11)) {
                return;
            }
            if (a.text().strip().equals(href)) {
                return; // a URL shown as itself: bare text and <url> look alike, GitHub links both
            }
            links.add(SpecHtml.normalizeUrl(href) + (a.hasAttr("title") ? " \"" + a.attr("title") + "\"" : ""));
        }

        private void image(Element img) {
            String src = img.attr("src").strip();
            if (src.isEmpty() || src.startsWith("data:")) {
                for (String lazy : new String[] {"data-src", "data-original", "data-lazy-src"}) {
                    if (!img.attr(lazy).isBlank()) {
                        src = img.attr(lazy).strip();
                        break;
                    }
                }
            }
            if (src.isEmpty() || isTrackingPixel(img)) {
                return;
            }
            images.add(SpecHtml.normalizeUrl(src) + " |" + img.attr("alt").replaceAll("\\s+", " ").strip() + "|"
                    + (img.hasAttr("title") ? " \"" + img.attr("title") + "\"" : ""));
        }

        /**
         * One entry per list as Markdown can write it: an ordered list whose {@code <li value>}
         * jumps ahead is two lists in Markdown (which numbers items by the first only).
         */
        private List<String> list(Element el) {
            String indent = "  ".repeat(listDepth - 1);
            List<String> out = new ArrayList<>();
            boolean ordered = el.normalName().equals("ol");
            int items = 0;
            int start = ordered ? number(el.attr("start"), 1) : 1;
            int next = start;
            for (Element child : el.children()) {
                if (!child.normalName().equals("li") || VisibleText.isHidden(child)) {
                    continue;
                }
                if (ordered && child.hasAttr("value")) {
                    int value = number(child.attr("value"), next);
                    if (items == 0) {
                        start = value;
                    } else if (value != next) {
                        out.add(indent + "ol start=" + start + " items=" + items);
                        start = value;
                        items = 0;
                    }
                    next = value;
                }
                items++;
                next++;
            }
            out.add(indent + (ordered ? "ol start=" + start : "ul") + " items=" + items);
            return out;
        }

        private static int number(String attr, int fallback) {
            try {
                return attr.isBlank() ? fallback : Math.max(0, Integer.parseInt(attr.strip()));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** A 0x0 or 1x1 image, a counter or beacon: not content. */
    public static boolean isTrackingPixel(Element img) {
        return isPixel(img.attr("width")) && isPixel(img.attr("height")) || fromTrackerHost(img.attr("src"));
    }

    /** An image or frame served by a known tracker (the list is data both sides share, not logic). */
    private static boolean fromTrackerHost(String src) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//([^/?#:]+)").matcher(src.strip());
        return m.find() && dev.conv.url.TrackerHosts.builtIn().match(m.group(1).toLowerCase(Locale.ROOT)) != null;
    }

    private static boolean isPixel(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        return s.equals("0") || s.equals("0px") || s.equals("1") || s.equals("1px");
    }

    /** Block boxes: they start and end a line, inside a pre too (table cells sit side by side). */
    private static boolean isLineBlock(Element el) {
        String name = el.normalName();
        return VisibleText.BLOCKS.contains(name) && !name.equals("br") && !name.equals("td") && !name.equals("th");
    }

    private static final java.util.regex.Pattern BRUSH =
            java.util.regex.Pattern.compile("(?:^|[\\s;])brush\\s*:\\s*([^\\s;]+)");

    /**
     * The language a code block names: on the pre or its only code ({@code language-x},
     * {@code lang-x}, {@code highlight-source-x}, pandoc's {@code sourceCode x}, {@code brush: x},
     * {@code lang}, {@code data-lang}...), else on one of three wrappers above it
     * ({@code language-x}, {@code highlight-source-x}, Sphinx's {@code highlight-x},
     * {@code data-lang}); "" when none, or when the name would not fit an info string.
     */
    static String language(Element pre) {
        String found = ownLanguage(pre);
        if (found.isEmpty() && pre.childrenSize() == 1 && pre.child(0).normalName().equals("code")) {
            found = ownLanguage(pre.child(0));
        }
        Element up = pre.parent();
        for (int level = 0; found.isEmpty() && level < 3 && up != null && !up.normalName().equals("body"); level++) {
            found = prefixedLanguage(up, "language-", "highlight-source-", "highlight-");
            if (found.isEmpty()) {
                found = languageName(up.attr("data-lang").strip());
            }
            up = up.parent();
        }
        return found;
    }

    private static String ownLanguage(Element el) {
        String found = prefixedLanguage(el, "language-", "lang-", "highlight-source-");
        if (found.isEmpty() && el.hasClass("sourceCode")) {
            for (String cls : el.classNames()) {
                if (!Set.of("sourcecode", "numbersource", "numberlines").contains(cls.toLowerCase(Locale.ROOT))) {
                    found = languageName(cls);
                    break;
                }
            }
        }
        java.util.regex.Matcher brush = BRUSH.matcher(el.attr("class"));
        if (found.isEmpty() && brush.find()) {
            found = languageName(brush.group(1));
        }
        for (String attr : new String[] {"data-lang", "data-language", "data-enlighter-language", "lang"}) {
            if (found.isEmpty()) {
                found = languageName(el.attr(attr).strip());
            }
        }
        return found;
    }

    private static String prefixedLanguage(Element el, String... prefixes) {
        for (String cls : el.classNames()) {
            String lower = cls.toLowerCase(Locale.ROOT);
            for (String prefix : prefixes) {
                if (lower.startsWith(prefix) && cls.length() > prefix.length()) {
                    String found = languageName(cls.substring(prefix.length()));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return "";
    }

    private static String languageName(String name) {
        return name.matches("[^\\s\\p{Cntrl}]+")
                && !Set.of("none", "nohighlight", "no-highlight", "default").contains(name.toLowerCase(Locale.ROOT))
                ? name : "";
    }

    /**
     * The exact text of a code block as a browser shows it: {@code <br>} and the edges of block
     * elements are line breaks (a newline in the source right after a block's end is the same
     * break), ending with one newline unless empty.
     */
    static String preText(Element pre) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            private boolean lineEnded;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    if (lineEnded && text.startsWith("\n")) {
                        text = text.substring(1);
                    }
                    sb.append(text);
                    lineEnded &= text.isEmpty();
                } else if (node instanceof Element el && el != pre) {
                    lineEnded = false;
                    if (el.normalName().equals("br")) {
                        sb.append('\n');
                    } else if (VisibleText.NOT_SHOWN.contains(el.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    } else if (isLineBlock(el)) {
                        endLine();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el != pre && isLineBlock(el)) {
                    endLine();
                    lineEnded = true;
                }
                return FilterResult.CONTINUE;
            }

            private void endLine() {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
            }
        }, pre);
        String text = sb.toString().replace("\r\n", "\n").replace('\r', '\n');
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** Strips white space and punctuation (ASCII and Unicode P*) from both ends. */
    static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && trimmable(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && trimmable(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean trimmable(int c) {
        if (Character.isWhitespace(c) || c == 0xA0) {
            return true;
        }
        if (c < 0x80) {
            return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
        }
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION: case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------- tables

    /**
     * A table GFM can hold: more than one cell, more than one column and more than one row unless
     * it has header cells, no block content in a cell, not marked as layout.
     */
    public static boolean isDataTable(Element table) {
        String role = table.attr("role");
        if (role.equalsIgnoreCase("presentation") || role.equalsIgnoreCase("none")) {
            return false;
        }
        int cells = 0;
        int widest = 0;
        int rows = 0;
        boolean header = false;
        Element caption = captionRow(table);
        for (Element row : TableShape.rows(table)) {
            if (row == caption) {
                continue;
            }
            rows++;
            int width = 0;
            for (Element cell : TableShape.cells(row)) {
                cells++;
                header |= cell.normalName().equals("th");
                width += span(cell, "colspan");
            }
            widest = Math.max(widest, width);
        }
        for (Element row : TableShape.rows(table)) {
            for (Element cell : TableShape.cells(row)) {
                for (Element d : cell.getAllElements()) {
                    if (d != cell && (BLOCKS_IN_CELL.contains(d.normalName()) || !header && LISTS.contains(d.normalName()))) {
                        return false;
                    }
                }
            }
        }
        return cells > 1 && (widest > 1 || header) && (rows > 1 || header);
    }

    /** The first row, when it is one cell spanning at least as many columns as any other row has. */
    static Element captionRow(Element table) {
        List<Element> rows = TableShape.rows(table);
        if (rows.size() < 2 || TableShape.cells(rows.get(0)).size() != 1) {
            return null;
        }
        Element only = TableShape.cells(rows.get(0)).get(0);
        int colspan = span(only, "colspan");
        if (colspan < 2 || span(only, "rowspan") != 1) {
            return null;
        }
        for (Element row : rows.subList(1, rows.size())) {
            int width = TableShape.cells(row).stream().mapToInt(c -> span(c, "colspan")).sum();
            if (width > colspan) {
                return null;
            }
        }
        return rows.get(0);
    }

    /**
     * A header cell of a layout table that labels the data cell after it: the row holds these two
     * cells only, both show text, the header cell holds no block.
     */
    public static boolean isLayoutLabel(Element cell) {
        Element row = cell.parent();
        Element table = cell.closest("table");
        if (!cell.normalName().equals("th") || row == null || table == null || isDataTable(table)) {
            return false;
        }
        List<Element> cells = TableShape.cells(row);
        if (cells.size() != 2 || cells.get(0) != cell || !cells.get(1).normalName().equals("td")
                || VisibleText.isHidden(cell) || VisibleText.isHidden(cells.get(1))
                || cell.text().isBlank() || cells.get(1).text().isBlank()) {
            return false;
        }
        for (Element d : cell.getAllElements()) {
            if (d != cell && !d.normalName().equals("br") && VisibleText.BLOCKS.contains(d.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static String table(Element table) {
        List<String> texts = new ArrayList<>();
        List<Integer> rowspanLeft = new ArrayList<>();
        int columns = 0;
        int rowCount = 0;
        Element caption = captionRow(table);
        for (Element row : TableShape.rows(table)) {
            if (row == caption) {
                continue;
            }
            int column = 0;
            boolean any = false;
            List<Element> cells = TableShape.cells(row);
            int c = 0;
            List<Integer> nextLeft = new ArrayList<>(rowspanLeft);
            while (true) {
                boolean covered = column < rowspanLeft.size() && rowspanLeft.get(column) > 0;
                if (covered) {
                    nextLeft.set(column, rowspanLeft.get(column) - 1);
                    column++;
                    any = true;
                    continue;
                }
                if (c >= cells.size()) {
                    if (column < rowspanLeft.size()) {
                        column++;
                        continue;
                    }
                    break;
                }
                Element cell = cells.get(c++);
                any = true;
                String text = VisibleText.of(cell);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                for (int i = 0; i < colspan; i++) {
                    while (nextLeft.size() <= column) {
                        nextLeft.add(0);
                    }
                    nextLeft.set(column, Math.max(nextLeft.get(column), rowspan - 1));
                    column++;
                }
            }
            rowspanLeft = nextLeft;
            if (any) {
                rowCount++;
                columns = Math.max(columns, column);
            }
        }
        Collections.sort(texts);
        return rowCount + "x" + columns + " " + texts;
    }

    private static int span(Element cell, String attr) {
        try {
            String v = cell.attr(attr).strip();
            return v.isEmpty() ? 1 : Math.max(1, Math.min(Integer.parseInt(v), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
