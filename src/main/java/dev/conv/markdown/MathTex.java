package dev.conv.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * TeX for a MathML {@code <math>} element. The page's own TeX annotation when it has one
 * (Wikipedia, KaTeX and many MathJax pages keep it); else the presentation elements converted:
 * {@code mi mn mo mtext mrow msup msub msubsup mfrac msqrt mroot mover munder munderover
 * mfenced mtable mmultiscripts}. Walked without recursion; structure nested deeper than
 * {@link #MAX_DEPTH} is written flat (its text kept), so the time stays linear in the input.
 */
final class MathTex {
    /** Real formulas nest a few levels; each level copies its content once when it closes. */
    static final int MAX_DEPTH = 32;

    private static final Set<String> TEX_ENCODINGS = Set.of(
            "application/x-tex", "tex", "text/x-tex", "application/x-latex", "text/latex", "latex");
    /** Elements that arrange their children: each child's TeX is needed apart when they close. */
    private static final Set<String> ARRANGING = Set.of(
            "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mfenced",
            "mtable", "mtr", "mlabeledtr", "mmultiscripts", "menclose");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** One symbol: a control word or symbol, or a number. */
    private static final Pattern SYMBOL = Pattern.compile("\\\\[A-Za-z]+|\\\\.|[0-9.]+");
    private static final Pattern CONTROL_WORD = Pattern.compile("\\\\[A-Za-z]+");
    private static final Pattern COMMAND_WITH_ARGUMENT = Pattern.compile("\\\\[A-Za-z]+\\{[^{}]*\\}");
    /** Arranging elements whose children form one row, as if inside an {@code mrow}. */
    private static final Set<String> INFERRED_ROW = Set.of("msqrt", "menclose");
    private static final Set<String> NOT_SHOWN = Set.of(
            "annotation", "annotation-xml", "mphantom", "none", "mprescripts", "mspace", "malignmark",
            "maligngroup");
    private final StringBuilder out = new StringBuilder();
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** Nothing written yet in the current group (a child of an arranging element). */
    private boolean groupStart = true;
    /** The last atom was a binary operator or a separator: a space goes before the next one. */
    private boolean spaceNext;
    /** The last atom ended with a control word: a letter or a command right after needs a space. */
    private boolean afterWord;
    /** The last atom was an operator: a minus after it is a sign, not a subtraction. */
    private boolean afterOperator = true;

    private static final Pattern BLANKS = Pattern.compile("[ \t\f]+");

    private MathTex() {
    }

    /** The TeX, on one line unless {@code display} and the page's own TeX has several; "" for nothing. */
    static String of(Element math, boolean display) {
        String tex = annotation(math);
        String s = ControlCharacters.drop(tex != null ? tidy(tex, display) : new MathTex().convert(math));
        // TeX ignores runs of spaces in math, and Markdown read as HTML text collapses them (a
        // form feed is one of them to HTML)
        return s.indexOf("  ") < 0 && s.indexOf('\t') < 0 && s.indexOf('\f') < 0 ? s : BLANKS.matcher(s).replaceAll(" ");
    }

    /**
     * KaTeX's visual copy of a formula, beside its MathML in the same {@code .katex} span: its
     * text ("x2" for x squared) is the formula again, unreadable as text.
     */
    static boolean isRendering(Element el) {
        return el.hasClass("katex-html");
    }

    /**
     * The MathML of a Wikipedia (MediaWiki) formula, or null: the {@code .mwe-math-element} span
     * holds it, often hidden, beside a fallback image whose alt text is the TeX. Both are the
     * one formula; its MathML says it best.
     */
    static Element wrappedFormula(Element el) {
        return isFormulaWrapper(el) ? el.selectFirst("math") : null;
    }

    /** A wrapper holding one formula twice; known from its start tag, before its content. */
    static boolean isFormulaWrapper(Element el) {
        return el.hasClass("mwe-math-element");
    }

    /** Is this {@code <math>} displayed as a block? */
    static boolean isDisplay(Element math) {
        return math.attr("display").equalsIgnoreCase("block") || math.attr("mode").equalsIgnoreCase("display");
    }

    private static String annotation(Element math) {
        for (Element a : math.getElementsByTag("annotation")) {
            if (TEX_ENCODINGS.contains(a.attr("encoding").strip().toLowerCase(Locale.ROOT))) {
                return a.wholeText();
            }
        }
        return null;
    }

    /**
     * Comments dropped (joining lines would comment out what follows), lines joined for inline
     * math, and Wikipedia's {@code {\displaystyle …}} wrapper taken off.
     */
    private static String tidy(String tex, boolean display) {
        StringBuilder sb = new StringBuilder(tex.length());
        for (String line : tex.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            int comment = -1;
            for (int i = 0; i < line.length() && comment < 0; i++) {
                if (line.charAt(i) == '\\') {
                    i++;
                } else if (line.charAt(i) == '%') {
                    comment = i;
                }
            }
            String kept = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!kept.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : display ? "\n" : " ").append(kept);
            }
        }
        String s = sb.toString();
        for (String style : new String[] {"{\\displaystyle", "{\\textstyle"}) {
            if (s.startsWith(style) && s.length() > style.length() && !Character.isLetter(s.charAt(style.length()))
                    && closingBrace(s) == s.length() - 1) {
                s = s.substring(style.length(), s.length() - 1).strip();
            }
        }
        return s;
    }

    /** Index of the brace closing the one at 0, or -1. */
    private static int closingBrace(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- presentation MathML

    /** An arranging element whose children are being written. */
    private static final class Frame {
        final Element element;
        final int start;
        final boolean spaceNext;
        final boolean afterWord;
        final boolean afterOperator;
        final boolean groupStart;
        /** Where each element child's TeX starts in {@link #out}. */
        final List<Integer> children = new ArrayList<>();

        Frame(Element element, int start, boolean spaceNext, boolean afterWord, boolean afterOperator,
                boolean groupStart) {
            this.element = element;
            this.start = start;
            this.spaceNext = spaceNext;
            this.afterWord = afterWord;
            this.afterOperator = afterOperator;
            this.groupStart = groupStart;
        }
    }

    private String convert(Element math) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (!t.isBlank()) {
                        atom(MathSymbols.identifier(t.text().strip(), ""), false, false);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return element(el);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!frames.isEmpty() && frames.peek().element == node) {
                    close(frames.pop());
                }
                return FilterResult.CONTINUE;
            }
        }, math);
        return out.toString().strip();
    }

    private NodeFilter.FilterResult element(Element el) {
        Frame parent = frames.peek();
        if (parent != null && el.parent() == parent.element && !INFERRED_ROW.contains(parent.element.normalName())) {
            parent.children.add(out.length());
            groupStart = true;
            spaceNext = false;
            afterWord = false;
            afterOperator = true;
        }
        String name = el.normalName();
        if (NOT_SHOWN.contains(name)) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        switch (name) {
            case "mi":
                atom(MathSymbols.identifier(el.text().strip(), el.attr("mathvariant")), false, false);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "mn":
                atom(MathSymbols.escaped(el.text().strip()), false, false);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "mo":
                operator(el);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "mtext":
            case "ms":
                // spaces at the edges of text are kept: "x if y" is written with them
                String text = SPACES.matcher(el.wholeText()).replaceAll(" ");
                if (name.equals("ms")) {
                    text = "\"" + text.strip() + "\"";
                }
                atom(text.isBlank() ? "" : "\\text{" + MathSymbols.textEscaped(text) + "}", false, false);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            default:
                if (ARRANGING.contains(name) && frames.size() < MAX_DEPTH) {
                    frames.push(new Frame(el, out.length(), spaceNext, afterWord, afterOperator, groupStart));
                    if (INFERRED_ROW.contains(name)) {
                        groupStart = true;
                        spaceNext = false;
                        afterWord = false;
                        afterOperator = true;
                    }
                }
                return NodeFilter.FilterResult.CONTINUE;
        }
    }

    /** Appends one item of TeX with the spacing between items. */
    private void atom(String tex, boolean spaced, boolean spaceAfter) {
        if (tex.isEmpty()) {
            return;
        }
        char first = tex.charAt(0);
        if (!groupStart && (spaced || spaceNext || afterWord && (Character.isLetter(first) || first == '\\'))) {
            out.append(' ');
        }
        out.append(tex);
        groupStart = false;
        spaceNext = spaced || spaceAfter;
        afterWord = endsWithControlWord(tex);
        afterOperator = false;
    }

    private void operator(Element el) {
        String text = el.text().strip();
        String tex;
        if (MathSymbols.isFunction(text)) {
            tex = "\\" + text;
        } else if (text.equals("mod")) {
            tex = "\\bmod";
        } else {
            StringBuilder sb = new StringBuilder();
            text.codePoints().forEach(cp -> sb.append(MathSymbols.symbol(cp)));
            tex = sb.toString();
        }
        if (tex.isEmpty()) {
            return;
        }
        boolean unary = afterOperator || groupStart || el.attr("form").equals("prefix");
        boolean binary = MathSymbols.isSpaced(tex) && !(unary && (tex.equals("-") || tex.equals("+") || tex.equals("\\pm")))
                && !el.attr("form").equals("postfix");
        boolean separator = tex.equals(",") || tex.equals(";");
        atom(tex, binary, separator || MathSymbols.isBig(tex));
        afterOperator = !tex.equals(")") && !tex.equals("]") && !tex.equals("\\}") && !tex.equals("|")
                && !tex.equals("\\rangle") && !tex.equals("'") && !tex.equals("!");
    }

    private static boolean endsWithControlWord(String tex) {
        int i = tex.length() - 1;
        while (i >= 0 && Character.isLetter(tex.charAt(i))) {
            i--;
        }
        return i >= 0 && i < tex.length() - 1 && tex.charAt(i) == '\\';
    }

    // ---------------------------------------------------------------- arranging elements

    /** Replaces the children's TeX with the element's, and writes it as one item. */
    private void close(Frame f) {
        int n = f.children.size();
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? f.children.get(i + 1) : out.length();
            c[i] = out.substring(f.children.get(i), end).strip();
        }
        String all = out.substring(f.start).strip();
        out.setLength(f.start);
        spaceNext = f.spaceNext;
        afterWord = f.afterWord;
        afterOperator = f.afterOperator;
        groupStart = f.groupStart;
        Element el = f.element;
        String name = el.normalName();
        String tex;
        boolean big = n > 0 && MathSymbols.isBig(c[0]);
        switch (name) {
            case "msup":
                tex = base(arg(c, 0)) + "^{" + arg(c, 1) + "}";
                break;
            case "msub":
                tex = base(arg(c, 0)) + "_{" + arg(c, 1) + "}";
                break;
            case "msubsup":
                tex = base(arg(c, 0)) + "_{" + arg(c, 1) + "}^{" + arg(c, 2) + "}";
                break;
            case "mfrac":
                tex = "\\frac{" + arg(c, 0) + "}{" + arg(c, 1) + "}";
                break;
            case "msqrt":
                tex = "\\sqrt{" + all + "}";
                break;
            case "mroot":
                tex = "\\sqrt[" + arg(c, 1) + "]{" + arg(c, 0) + "}";
                break;
            case "mover":
                tex = over(el, c, big);
                break;
            case "munder":
                tex = under(el, c, big);
                break;
            case "munderover":
                tex = big ? c[0] + "_{" + arg(c, 1) + "}^{" + arg(c, 2) + "}"
                        : "\\overset{" + arg(c, 2) + "}{\\underset{" + arg(c, 1) + "}{" + arg(c, 0) + "}}";
                break;
            case "mfenced":
                tex = fenced(el, c);
                break;
            case "mtable":
                tex = all.isEmpty() ? "" : "\\begin{matrix} " + String.join(" \\\\ ", c) + " \\end{matrix}";
                break;
            case "mtr":
            case "mlabeledtr":
                tex = String.join(" & ", name.equals("mlabeledtr") && n > 0 ? List.of(c).subList(1, n) : List.of(c));
                break;
            case "mmultiscripts":
                tex = multiscripts(el, c);
                break;
            case "menclose":
                String notation = el.attr("notation");
                tex = notation.contains("radical") ? "\\sqrt{" + all + "}"
                        : notation.contains("box") ? "\\boxed{" + all + "}" : all;
                break;
            default:
                tex = all;
                break;
        }
        if (all.isEmpty()) {
            tex = ""; // nothing inside: no empty \frac{}{} or x^{}
        }
        atom(tex, false, big);
        afterOperator = big;
    }

    private static String arg(String[] c, int i) {
        return i < c.length ? c[i] : "";
    }

    /** A base of a script: one symbol stays as it is, anything longer is grouped. */
    private static String base(String tex) {
        if (tex.isEmpty()) {
            return "{}";
        }
        boolean single = tex.codePointCount(0, tex.length()) == 1 || SYMBOL.matcher(tex).matches()
                || tex.startsWith("{") && closingBrace(tex) == tex.length() - 1
                || COMMAND_WITH_ARGUMENT.matcher(tex).matches();
        return single ? tex : "{" + tex + "}";
    }

    private static String over(Element el, String[] c, boolean big) {
        if (big) {
            return c[0] + "^{" + arg(c, 1) + "}";
        }
        String mark = el.childrenSize() > 1 ? el.child(1).text().strip() : "";
        boolean single = arg(c, 0).codePointCount(0, arg(c, 0).length()) == 1 || CONTROL_WORD.matcher(arg(c, 0)).matches();
        String accent = MathSymbols.overAccent(mark, single);
        return accent != null ? accent + "{" + arg(c, 0) + "}" : "\\overset{" + arg(c, 1) + "}{" + arg(c, 0) + "}";
    }

    private static String under(Element el, String[] c, boolean big) {
        if (big) {
            return c[0] + "_{" + arg(c, 1) + "}";
        }
        String mark = el.childrenSize() > 1 ? el.child(1).text().strip() : "";
        String accent = MathSymbols.underAccent(mark);
        return accent != null ? accent + "{" + arg(c, 0) + "}" : "\\underset{" + arg(c, 1) + "}{" + arg(c, 0) + "}";
    }

    private static String fenced(Element el, String[] c) {
        String open = el.hasAttr("open") ? el.attr("open").strip() : "(";
        String close = el.hasAttr("close") ? el.attr("close").strip() : ")";
        String separators = (el.hasAttr("separators") ? el.attr("separators") : ",").replace(" ", "");
        StringBuilder sb = new StringBuilder(delimiter(open));
        for (int i = 0; i < c.length; i++) {
            if (i > 0 && !separators.isEmpty()) {
                sb.append(delimiter(String.valueOf(separators.charAt(Math.min(i - 1, separators.length() - 1)))))
                        .append(' ');
            }
            sb.append(c[i]);
        }
        return sb.append(delimiter(close)).toString();
    }

    private static String delimiter(String s) {
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(MathSymbols.symbol(cp)));
        return sb.toString();
    }

    /** {@code base sub sup … <mprescripts/> presub presup …}. */
    private static String multiscripts(Element el, String[] c) {
        int pre = c.length;
        for (int i = 0; i < el.childrenSize() && i < c.length; i++) {
            if (el.child(i).normalName().equals("mprescripts")) {
                pre = i;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (pre < c.length) {
            sb.append("{}");
            scripts(sb, c, pre + 1, c.length);
        }
        sb.append(base(arg(c, 0)));
        scripts(sb, c, 1, pre);
        return sb.toString();
    }

    private static void scripts(StringBuilder sb, String[] c, int from, int to) {
        for (int i = from; i < to; i += 2) {
            if (!c[i].isEmpty()) {
                sb.append("_{").append(c[i]).append('}');
            }
            if (i + 1 < to && !c[i + 1].isEmpty()) {
                sb.append("^{").append(c[i + 1]).append('}');
            }
        }
    }
}
