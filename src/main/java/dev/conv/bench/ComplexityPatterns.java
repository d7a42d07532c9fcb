package dev.conv.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Hostile inputs for the complexity benchmark: each one a construct repeated or nested until the
 * text reaches a given size, in the step where it once took quadratic time or could.
 */
final class ComplexityPatterns {
    /** What a pattern is fed to. */
    enum Step {
        HTML2MD_HTML("html2md"),
        HTML2MD_MARKDOWN("html2md md"),
        HTML2MD_MAIN("html2md --main"),
        CLEAN_HTML("clean html"),
        CLEAN_MARKDOWN("clean md");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    /** A named input family: {@code generate.apply(n)} is about n characters long. */
    record Pattern(String name, Step step, IntFunction<String> generate) {
    }

    private static final String[] INLINE_TAGS = {"em", "strong", "b", "i", "s", "del", "code", "a href=x", "span",
        "sub", "sup", "u", "mark", "q", "kbd", "small", "font", "x-custom", "span href=x"};
    private static final String[] BLOCK_TAGS = {"div", "blockquote", "ul><li", "ol><li", "p", "section",
        "table><tr><td", "dl><dd", "h2", "pre", "details", "figure", "center", "li"};
    /** Characters that are Markdown syntax somewhere, as HTML text. */
    private static final String[] HTML_RUNS = {"*", "_", "`", "[", "]", "&lt;", "&amp;lt;", "\\", "!", "#", "~",
        "|", "*a", "_a", "`a", "[a", "[a](", "![a](", "** ", "a_ ", "&lt;a ", "http://a.b/", "1. "};
    /** The same runs as Markdown source. */
    private static final String[] MARKDOWN_RUNS = {"*", "_", "`", "[", "]", "<", "&lt;", "\\", "!", "~", "|",
        "*a", "_a", "`a", "[a", "[a](", "![a](", "[a](<", "<a", "<a ", "<a b='", "<!--", "<?", "<![CDATA[", "**a*", "*a**", "[a]",
        "a_b_", "`a``", "<http://a", "http://a.b/ ", "> ", "- "};

    /** Characters of one nest of named boxes: 128 levels, a quarter of jsoup's depth limit. */
    private static final int NAMED_NEST = 128 * 98;

    private ComplexityPatterns() {
    }

    static List<Pattern> all() {
        List<Pattern> p = new ArrayList<>();
        // html2md, HTML input
        p.add(new Pattern("emphasis alternating", Step.HTML2MD_HTML,
                n -> repeat("<p>", "<em>a<strong>b</strong></em>", "", n)));
        p.add(new Pattern("emphasis siblings", Step.HTML2MD_HTML, n -> repeat("<p>", "<em>a</em>", "", n)));
        p.add(new Pattern("strong siblings spaced", Step.HTML2MD_HTML, n -> repeat("<p>", "<b>a</b> ", "", n)));
        p.add(new Pattern("emphasis around punctuation", Step.HTML2MD_HTML,
                n -> repeat("<p>", "<em>「a」</em>*", "", n)));
        p.add(new Pattern("emphasis planned again", Step.HTML2MD_HTML,
                n -> repeat("<p>", "<em>a<del>d</del><s><em>e</em></s></em>", "", n)));
        for (String run : HTML_RUNS) {
            p.add(new Pattern("text run " + run, Step.HTML2MD_HTML, n -> repeat("<p>", run, "", n)));
        }
        for (String tag : INLINE_TAGS) {
            p.add(new Pattern("nested <" + tag + ">", Step.HTML2MD_HTML, n -> nest("<p>", tag, "x", n)));
        }
        for (String tag : BLOCK_TAGS) {
            p.add(new Pattern("nested <" + tag + ">", Step.HTML2MD_HTML, n -> nest("", tag, "x", n)));
        }
        p.add(new Pattern("emphasis inside deep links", Step.HTML2MD_HTML,
                n -> repeat("<p>" + "<a href=x>".repeat(n / 40), "<em>x</em> ", "", n)));
        p.add(new Pattern("nested <em> with text", Step.HTML2MD_HTML, n -> nest("<p>", "em", "x", "a", n)));
        p.add(new Pattern("nested <div> with text", Step.HTML2MD_HTML, n -> nest("", "div", "x", "a", n)));
        p.add(new Pattern("nested <div> unclosed", Step.HTML2MD_HTML, n -> repeat("", "<div>", "x", n)));
        p.add(new Pattern("nested <li> with text", Step.HTML2MD_HTML, n -> nest("", "ul><li", "x", "a", n)));
        // headings straight in a nested list, tight to the list around it: gaps of both lists
        p.add(new Pattern("headings straight in a nested list", Step.HTML2MD_HTML,
                n -> repeat("<ul><li>a</li><li><ul>", "<li>a</li><li>b</li><h2>x</h2>", "</ul></li></ul>", n)));
        // text straight in a list between its items: each time the list ends for a reader, and its
        // gaps are settled (once copied the whole output each time)
        p.add(new Pattern("text straight in a list", Step.HTML2MD_HTML,
                n -> repeat("<ul>", "<li>a</li><li>b<blockquote>q</blockquote></li>x", "</ul>", n)));
        p.add(new Pattern("text straight in a nested loose list", Step.HTML2MD_HTML,
                n -> repeat("<ul><li>a<ul>", "<li>a</li><li><p>b</p><p>c</p></li>x", "</ul></li></ul>", n)));
        p.add(new Pattern("nested <blockquote> with <p>", Step.HTML2MD_HTML,
                n -> nest("", "blockquote", "x", "<p>a</p>", n)));
        p.add(new Pattern("paragraphs", Step.HTML2MD_HTML, n -> repeat("", "<p>a b</p>\n", "", n)));
        p.add(new Pattern("list items", Step.HTML2MD_HTML, n -> repeat("<ul>", "<li>a</li>\n", "</ul>", n)));
        p.add(new Pattern("links", Step.HTML2MD_HTML, n -> repeat("<p>", "<a href=\"/u\">a</a> ", "", n)));
        p.add(new Pattern("links, distinct urls", Step.HTML2MD_HTML, n -> counted("<p>", "<a href=\"/u%d\">a</a> ", n)));
        p.add(new Pattern("images", Step.HTML2MD_HTML, n -> repeat("<p>", "<img src=\"a.png\" alt=a>", "", n)));
        p.add(new Pattern("line breaks", Step.HTML2MD_HTML, n -> repeat("<p>", "a<br>", "", n)));
        // lines that show nothing, each ended by a break: the empty spans of each stay in the line
        p.add(new Pattern("empty emphasis, then a break", Step.HTML2MD_HTML, n -> repeat("<p>", "<i></i><br>", "", n)));
        p.add(new Pattern("emphasised NBSP, then a break", Step.HTML2MD_HTML,
                n -> repeat("<p>", "<b>&nbsp;</b><br>", "", n)));
        p.add(new Pattern("empty emphasis, then a break, in a caption", Step.HTML2MD_HTML,
                n -> repeat("<table><tr><th colspan=2>", "<i></i><br>", "<tr><td>a<td>b</table>", n)));
        p.add(new Pattern("code spans", Step.HTML2MD_HTML, n -> repeat("<p>", "<code>a`b</code> ", "", n)));
        p.add(new Pattern("one long word", Step.HTML2MD_HTML, n -> repeat("<p>", "a", "", n)));
        p.add(new Pattern("pre lines", Step.HTML2MD_HTML, n -> repeat("<pre>", "a ` b\n", "</pre>", n)));
        p.add(new Pattern("pre backticks", Step.HTML2MD_HTML, n -> repeat("<pre>", "`", "</pre>", n)));
        p.add(new Pattern("table rows", Step.HTML2MD_HTML,
                n -> repeat("<table><tr><th>a<th>b", "<tr><td>c<td><b>d</b>", "</table>", n)));
        p.add(new Pattern("table cells in one row", Step.HTML2MD_HTML,
                n -> repeat("<table><tr>", "<td>c", "</table>", n)));
        p.add(new Pattern("colspan rows", Step.HTML2MD_HTML,
                n -> repeat("<table><tr><th>a<th>b", "<tr><td colspan=1000>c", "</table>", n)));
        p.add(new Pattern("rowspan cells", Step.HTML2MD_HTML,
                n -> half("<table><tr>", "<td rowspan=65534>c", "<tr>", "</table>", n)));
        p.add(new Pattern("colspan and rowspan", Step.HTML2MD_HTML,
                n -> repeat("<table>", "<tr><td rowspan=9 colspan=9>c<td>d", "</table>", n)));
        p.add(new Pattern("long CJK line", Step.HTML2MD_HTML, n -> repeat("<p>", "中文字，", "", n)));
        p.add(new Pattern("CJK with line breaks", Step.HTML2MD_HTML, n -> repeat("<p>", "中文\n字", "", n)));
        p.add(new Pattern("CJK emphasis", Step.HTML2MD_HTML, n -> repeat("<p>", "<b>「台灣」</b>主題", "", n)));

        // html2md --main: extraction's passes over the DOM, on hostile nesting and repetition
        String prose = "<p>Prune in late winter, while the tree is dormant, and step back often.</p>";
        p.add(new Pattern("nested <div> with text", Step.HTML2MD_MAIN, n -> nest("", "div", "x", prose, n)));
        // within the parser's depth limit, side by side: nested deeper, jsoup's limit flattens most
        // paragraphs into one box every share box holds, so that from 128K nothing is dropped while at
        // 64K the inner half is (a share box under half the page): a step in what is kept, not in cost
        p.add(new Pattern("nested named boxes", Step.HTML2MD_MAIN,
                n -> repeat("", nest("", "div class=share", "x", prose, NAMED_NEST), "\n", n)));
        p.add(new Pattern("nested boxes holding one <article>", Step.HTML2MD_MAIN,
                n -> nest(prose.repeat(40), "div class=share", "<article>" + prose.repeat(20) + "</article>", n)));
        p.add(new Pattern("nested <article>", Step.HTML2MD_MAIN, n -> nest("", "article", "x", prose, n)));
        p.add(new Pattern("nested <li> with text", Step.HTML2MD_MAIN, n -> nest("", "ul><li", "x", prose, n)));
        p.add(new Pattern("nested <ol> items", Step.HTML2MD_MAIN, n -> nest("", "ol><li", "x", prose, n)));
        p.add(new Pattern("named boxes beside the article", Step.HTML2MD_MAIN,
                n -> repeat("<article>" + prose.repeat(20) + "</article>", "<div class=related><a href=/r>r</a></div>\n", "", n)));
        p.add(new Pattern("teaser headings", Step.HTML2MD_MAIN, n -> repeat("", "<h3><a href=/t>t</a></h3><p>a b c</p>\n", "", n)));
        p.add(new Pattern("paragraphs", Step.HTML2MD_MAIN, n -> repeat("<article>", prose + "\n", "</article>", n)));
        // a table's shape is judged before and after the cut: layout rows whose teaser headings go
        p.add(new Pattern("layout table rows losing their headings", Step.HTML2MD_MAIN,
                n -> repeat("<table>", "<tr><td><a href=/t><h3>t</h3></a><td>" + prose + "\n", "</table>", n)));
        p.add(new Pattern("nested layout tables with text", Step.HTML2MD_MAIN,
                n -> nest("", "table><tr><td", "x", prose, n)));

        // html2md, Markdown input
        p.add(new Pattern("inline HTML tags run", Step.HTML2MD_MARKDOWN, n -> repeat("x ", "<span>", "", n)));
        p.add(new Pattern("inline HTML open/close", Step.HTML2MD_MARKDOWN, n -> repeat("x ", "<b>a</b> ", "", n)));
        p.add(new Pattern("link reference definitions", Step.HTML2MD_MARKDOWN, ComplexityPatterns::references));
        p.add(new Pattern("table rows with <b>", Step.HTML2MD_MARKDOWN,
                n -> repeat("| a | b |\n|---|---|\n", "| <b>x</b> | y |\n", "", n)));
        p.add(new Pattern("nested list", Step.HTML2MD_MARKDOWN, ComplexityPatterns::nestedList));
        p.add(new Pattern("nested quote", Step.HTML2MD_MARKDOWN, n -> repeat("", "> ", "a\n", n)));
        p.add(new Pattern("nested list markers", Step.HTML2MD_MARKDOWN, n -> repeat("", "- ", "a\n", n)));
        p.add(new Pattern("<div> lines", Step.HTML2MD_MARKDOWN, n -> repeat("", "<div>\n", "", n)));
        p.add(new Pattern("paragraphs", Step.HTML2MD_MARKDOWN, n -> repeat("", "a *b* `c`\n\n", "", n)));
        for (String run : MARKDOWN_RUNS) {
            p.add(new Pattern("run " + run, Step.HTML2MD_MARKDOWN, n -> repeat("", run, "\n", n)));
        }
        p.add(new Pattern("backtick runs growing", Step.HTML2MD_MARKDOWN, ComplexityPatterns::growingTicks));

        // clean, HTML
        p.add(new Pattern("nested <div>", Step.CLEAN_HTML, n -> nest("", "div", "x", n)));
        p.add(new Pattern("nested <div> unclosed", Step.CLEAN_HTML, n -> repeat("", "<div>", "x", n)));
        p.add(new Pattern("<p> repeated", Step.CLEAN_HTML, n -> repeat("", "<p>", "", n)));
        p.add(new Pattern("<p>a repeated", Step.CLEAN_HTML, n -> repeat("", "<p>a\n", "", n)));
        for (String tag : new String[] {"span", "x-custom", "font", "div class=ad", "a", "b", "center", "span href=x"}) {
            p.add(new Pattern("nested <" + tag + ">", Step.CLEAN_HTML, n -> nest("", tag, "x", n)));
            p.add(new Pattern("nested empty <" + tag + ">", Step.CLEAN_HTML, n -> nest("", tag, "", n)));
        }
        p.add(new Pattern("empty spans on one line", Step.CLEAN_HTML, n -> repeat("", "<span></span>a", "", n)));
        p.add(new Pattern("empty spans, lines", Step.CLEAN_HTML, n -> repeat("", "<span></span>\n", "", n)));
        p.add(new Pattern("custom tags on one line", Step.CLEAN_HTML, n -> repeat("", "<x-a>a</x-a>", "", n)));
        p.add(new Pattern("font tags on one line", Step.CLEAN_HTML, n -> repeat("", "<font>a</font> ", "", n)));
        p.add(new Pattern("pixels", Step.CLEAN_HTML, n -> repeat("", "<img src=p.gif width=1 height=1>\n", "", n)));
        p.add(new Pattern("pixels on one line", Step.CLEAN_HTML, n -> repeat("", "<img src=p.gif width=1 height=1>", "", n)));
        p.add(new Pattern("broken entities", Step.CLEAN_HTML, n -> repeat("<p>", "&amp;quot;", "", n)));
        p.add(new Pattern("stray end tags", Step.CLEAN_HTML, n -> repeat("", "</font>", "", n)));
        p.add(new Pattern("run <", Step.CLEAN_HTML, n -> repeat("", "<", "", n)));
        p.add(new Pattern("run &lt;", Step.CLEAN_HTML, n -> repeat("", "&lt;", "", n)));
        p.add(new Pattern("ad slots", Step.CLEAN_HTML, n -> repeat("", "<div class=ad-slot>x</div>\n", "", n)));
        p.add(new Pattern("tracker scripts", Step.CLEAN_HTML,
                n -> repeat("", "<script src=https://www.googletagmanager.com/gtag/js></script>\n", "", n)));
        p.add(new Pattern("table rows", Step.CLEAN_HTML, n -> repeat("<table>", "<tr><td>a<td><span></span>", "</table>", n)));
        // a run of removed sibling blocks: each removal looks through its removed neighbours (Flow)
        p.add(new Pattern("removed <div> siblings", Step.CLEAN_HTML, n -> repeat("<p>a", "<div></div>\n", "b", n)));
        p.add(new Pattern("removed ad slot siblings", Step.CLEAN_HTML,
                n -> repeat("a", "<div class=ad-slot>x</div>", "b", n)));
        p.add(new Pattern("<center> between removed siblings", Step.CLEAN_HTML,
                n -> repeat("a", "<div></div><center>x</center>", "b", n)));

        // clean, Markdown
        for (String run : MARKDOWN_RUNS) {
            p.add(new Pattern("run " + run, Step.CLEAN_MARKDOWN, n -> repeat("", run, "\n", n)));
        }
        p.add(new Pattern("backtick runs growing", Step.CLEAN_MARKDOWN, ComplexityPatterns::growingTicks));
        p.add(new Pattern("<div> lines", Step.CLEAN_MARKDOWN, n -> repeat("", "<div>\n", "", n)));
        p.add(new Pattern("<font> lines", Step.CLEAN_MARKDOWN, n -> repeat("", "<font>\n", "", n)));
        p.add(new Pattern("removed <div> siblings", Step.CLEAN_MARKDOWN, n -> repeat("<p>a", "<div></div>", "b\n", n)));
        p.add(new Pattern("nested <div>", Step.CLEAN_MARKDOWN, n -> nest("", "div", "x", n)));
        p.add(new Pattern("nested <span> inline", Step.CLEAN_MARKDOWN, n -> nest("a ", "span", "x", n)));
        p.add(new Pattern("nested <x-a> inline", Step.CLEAN_MARKDOWN, n -> nest("a ", "x-a", "x", n)));
        p.add(new Pattern("inline custom tags", Step.CLEAN_MARKDOWN, n -> repeat("a ", "<x-a>a</x-a> ", "", n)));
        p.add(new Pattern("inline empty spans", Step.CLEAN_MARKDOWN, n -> repeat("a ", "<span></span> ", "", n)));
        p.add(new Pattern("stray end tags, paragraphs", Step.CLEAN_MARKDOWN, n -> repeat("", "a</font>\n\n", "", n)));
        p.add(new Pattern("pixel lines", Step.CLEAN_MARKDOWN,
                n -> repeat("", "<img src=p.gif width=1 height=1>\n\n", "", n)));
        p.add(new Pattern("quoted HTML lines", Step.CLEAN_MARKDOWN, n -> repeat("", "> <span></span>\n", "", n)));
        p.add(new Pattern("table rows with <b>", Step.CLEAN_MARKDOWN,
                n -> repeat("| a | b |\n|---|---|\n", "| <font>x</font> | y |\n", "", n)));
        p.add(new Pattern("broken entities", Step.CLEAN_MARKDOWN, n -> repeat("<p>", "&amp;quot;", "", n)));
        p.add(new Pattern("code spans with tags", Step.CLEAN_MARKDOWN, n -> repeat("", "`<font>` ", "", n)));
        return p;
    }

    /** {@code head}, then {@code unit} as often as fits in n characters, then {@code tail}. */
    static String repeat(String head, String unit, String tail, int n) {
        int count = Math.max(1, (n - head.length() - tail.length()) / unit.length());
        StringBuilder sb = new StringBuilder(head.length() + count * unit.length() + tail.length());
        sb.append(head);
        for (int i = 0; i < count; i++) {
            sb.append(unit);
        }
        return sb.append(tail).toString();
    }

    /** Units with a running number substituted for {@code %d}. */
    private static String counted(String head, String unit, int n) {
        StringBuilder sb = new StringBuilder(n + 32).append(head);
        for (int i = 0; sb.length() < n; i++) {
            sb.append(unit.replace("%d", Integer.toString(i)));
        }
        return sb.toString();
    }

    /** Units A then units B, half the size each (rowspan cells, then rows they reach into). */
    private static String half(String head, String a, String b, String tail, int n) {
        return repeat(head, a, "", n / 2) + repeat("", b, tail, n / 2);
    }

    private static String nest(String head, String tag, String middle, int n) {
        return nest(head, tag, middle, "", n);
    }

    /**
     * {@code <tag>} nested as deep as fits, {@code text} after each start tag; "ul><li" opens
     * both tags. Then {@code middle} and every end tag.
     */
    private static String nest(String head, String tag, String middle, String text, int n) {
        String[] names = tag.split("><");
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (String name : names) {
            open.append('<').append(name).append('>');
            close.insert(0, "</" + name.split(" ")[0] + ">");
        }
        open.append(text);
        int depth = Math.max(1, (n - head.length() - middle.length()) / (open.length() + close.length()));
        StringBuilder sb = new StringBuilder(n + 64).append(head);
        for (int i = 0; i < depth; i++) {
            sb.append(open);
        }
        sb.append(middle);
        for (int i = 0; i < depth; i++) {
            sb.append(close);
        }
        return sb.toString();
    }

    /** Reference definitions, then a paragraph using each of them. */
    private static String references(int n) {
        int count = Math.max(1, n / 32);
        StringBuilder sb = new StringBuilder(n + 64);
        for (int i = 0; i < count; i++) {
            sb.append("[l").append(i).append("]: /u").append(i).append('\n');
        }
        sb.append('\n');
        for (int i = 0; i < count; i++) {
            sb.append("[a][l").append(i).append("] ");
        }
        return sb.append('\n').toString();
    }

    /** Backtick runs of length 1, 2, 3...: none closes another, each opener looks to the end. */
    private static String growingTicks(int n) {
        StringBuilder sb = new StringBuilder(n + 64);
        for (int k = 1; sb.length() + k + 1 <= n; k++) {
            sb.append("`".repeat(k)).append('a');
        }
        return sb.append('\n').toString();
    }

    /** A list nested as deep as fits: item k is indented 2k spaces, so size grows with depth squared. */
    private static String nestedList(int n) {
        StringBuilder sb = new StringBuilder(n + 64);
        for (int depth = 0; ; depth++) {
            int line = 2 * depth + 4;
            if (sb.length() + line > n) {
                break;
            }
            sb.append(" ".repeat(2 * depth)).append("- a\n");
        }
        return sb.toString();
    }
}
