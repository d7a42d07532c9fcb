package dev.conv.markdown;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Arranging elements whose children form one row, as if inside an {@code mrow}. */
    private static final Set<String> INFERRED_ROW = Set.of("msqrt", "menclose");
    private static final Set<String> NOT_SHOWN = Set.of(
            "annotation", "annotation-xml", "mphantom", "none", "mprescripts", "mspace", "malignmark",
            "maligngroup");
    private static final Set<String> FUNCTIONS = Set.of(
            "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
            "log", "ln", "lg", "exp", "lim", "liminf", "limsup", "max", "min", "sup", "inf", "det", "dim", "ker",
            "deg", "gcd", "arg", "hom", "Pr");
    /** Operators that take limits below and above. */
    private static final Set<String> BIG = Set.of(
            "\\sum", "\\prod", "\\coprod", "\\int", "\\oint", "\\iint", "\\iiint", "\\bigcup", "\\bigcap",
            "\\bigoplus", "\\bigotimes", "\\bigvee", "\\bigwedge", "\\lim", "\\liminf", "\\limsup", "\\max",
            "\\min", "\\sup", "\\inf", "\\det", "\\gcd", "\\Pr");
    /** Binary operators and relations: written with a space on each side. */
    private static final Set<String> SPACED = Set.of(
            "=", "+", "-", "<", ">", "\\times", "\\div", "\\pm", "\\mp", "\\leq", "\\geq", "\\neq", "\\approx",
            "\\equiv", "\\sim", "\\simeq", "\\cong", "\\propto", "\\to", "\\leftarrow", "\\leftrightarrow",
            "\\Rightarrow", "\\Leftarrow", "\\Leftrightarrow", "\\mapsto", "\\in", "\\notin", "\\ni", "\\subset",
            "\\supset", "\\subseteq", "\\supseteq", "\\cup", "\\cap", "\\cdot", "\\wedge", "\\vee", "\\oplus",
            "\\otimes", "\\mid", "\\ll", "\\gg", "\\perp", "\\parallel", "\\setminus", "\\ast", "\\star");
    private static final Map<Integer, String> SYMBOLS = new HashMap<>();

    static {
        String[] greek = {"alpha", "beta", "gamma", "delta", "varepsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "varphi", "chi",
            "psi", "omega"};
        for (int i = 0; i < greek.length; i++) {
            SYMBOLS.put(0x3B1 + i, greek[i].equals("o") ? "o" : "\\" + greek[i]);
        }
        String[] capitals = {"A", "B", "\\Gamma", "\\Delta", "E", "Z", "H", "\\Theta", "I", "K", "\\Lambda", "M", "N",
            "\\Xi", "O", "\\Pi", "P", null, "\\Sigma", "T", "\\Upsilon", "\\Phi", "X", "\\Psi", "\\Omega"};
        for (int i = 0; i < capitals.length; i++) {
            if (capitals[i] != null) {
                SYMBOLS.put(0x391 + i, capitals[i]);
            }
        }
        Object[][] table = {
            {0x3F5, "\\epsilon"}, {0x3D1, "\\vartheta"}, {0x3D5, "\\phi"}, {0x3D6, "\\varpi"}, {0x3F1, "\\varrho"},
            {0x2212, "-"}, {0x2013, "-"}, {0xD7, "\\times"}, {0xB7, "\\cdot"}, {0x22C5, "\\cdot"}, {0x2219, "\\cdot"},
            {0xF7, "\\div"}, {0xB1, "\\pm"}, {0x2213, "\\mp"}, {0x2264, "\\leq"}, {0x2265, "\\geq"},
            {0x2A7D, "\\leq"}, {0x2A7E, "\\geq"}, {0x2260, "\\neq"}, {0x2248, "\\approx"}, {0x2261, "\\equiv"},
            {0x223C, "\\sim"}, {0x2243, "\\simeq"}, {0x2245, "\\cong"}, {0x221D, "\\propto"}, {0x226A, "\\ll"},
            {0x226B, "\\gg"}, {0x221E, "\\infty"}, {0x2192, "\\to"}, {0x2190, "\\leftarrow"},
            {0x2194, "\\leftrightarrow"}, {0x21D2, "\\Rightarrow"}, {0x21D0, "\\Leftarrow"},
            {0x21D4, "\\Leftrightarrow"}, {0x21A6, "\\mapsto"}, {0x2208, "\\in"}, {0x2209, "\\notin"},
            {0x220B, "\\ni"}, {0x2282, "\\subset"}, {0x2283, "\\supset"}, {0x2286, "\\subseteq"},
            {0x2287, "\\supseteq"}, {0x222A, "\\cup"}, {0x2229, "\\cap"}, {0x2205, "\\emptyset"},
            {0x2200, "\\forall"}, {0x2203, "\\exists"}, {0xAC, "\\neg"}, {0x2227, "\\wedge"}, {0x2228, "\\vee"},
            {0x2211, "\\sum"}, {0x220F, "\\prod"}, {0x2210, "\\coprod"}, {0x222B, "\\int"}, {0x222C, "\\iint"},
            {0x222D, "\\iiint"}, {0x222E, "\\oint"}, {0x22C3, "\\bigcup"}, {0x22C2, "\\bigcap"},
            {0x2A01, "\\bigoplus"}, {0x2A02, "\\bigotimes"}, {0x22C1, "\\bigvee"}, {0x22C0, "\\bigwedge"},
            {0x2202, "\\partial"}, {0x2207, "\\nabla"}, {0x221A, "\\surd"}, {0x2026, "\\ldots"},
            {0x22EF, "\\cdots"}, {0x22EE, "\\vdots"}, {0x22F1, "\\ddots"}, {0x2032, "'"}, {0x2033, "''"},
            {0x2218, "\\circ"}, {0xB0, "^{\\circ}"}, {0x2295, "\\oplus"}, {0x2297, "\\otimes"}, {0x27E8, "\\langle"},
            {0x27E9, "\\rangle"}, {0x2329, "\\langle"}, {0x232A, "\\rangle"}, {0x2016, "\\|"}, {0x2225, "\\parallel"},
            {0x22A5, "\\perp"}, {0x2223, "\\mid"}, {0x2216, "\\setminus"}, {0x2217, "\\ast"}, {0x22C6, "\\star"},
            {0x230A, "\\lfloor"}, {0x230B, "\\rfloor"}, {0x2308, "\\lceil"}, {0x2309, "\\rceil"}, {0x2113, "\\ell"},
            {0x210F, "\\hbar"}, {0x2135, "\\aleph"}, {0x211C, "\\Re"}, {0x2111, "\\Im"}, {0x2118, "\\wp"},
            {0x211D, "\\mathbb{R}"}, {0x2115, "\\mathbb{N}"}, {0x2124, "\\mathbb{Z}"}, {0x211A, "\\mathbb{Q}"},
            {0x2102, "\\mathbb{C}"}, {0x2119, "\\mathbb{P}"}, {0x2061, ""}, {0x2062, ""}, {0x2063, ""},
            {0x2064, ""}, {0x200B, ""}, {(int) '#', "\\#"}, {(int) '$', "\\$"}, {(int) '%', "\\%"},
            {(int) '&', "\\&"}, {(int) '_', "\\_"}, {(int) '{', "\\{"}, {(int) '}', "\\}"}, {(int) '~', "\\sim"},
            {(int) '^', "\\hat{}"}, {(int) '\\', "\\backslash"}};
        for (Object[] row : table) {
            SYMBOLS.put((Integer) row[0], (String) row[1]);
        }
    }

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

    private MathTex() {
    }

    /** The TeX, on one line unless {@code display} and the page's own TeX has several; "" for nothing. */
    static String of(Element math, boolean display) {
        String tex = annotation(math);
        return tex != null ? tidy(tex, display) : new MathTex().convert(math);
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
                        atom(identifier(t.text().strip(), ""), false, false);
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
                atom(identifier(el.text().strip(), el.attr("mathvariant")), false, false);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "mn":
                atom(escaped(el.text().strip()), false, false);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "mo":
                operator(el);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "mtext":
            case "ms":
                // spaces at the edges of text are kept: "x if y" is written with them
                String text = el.wholeText().replaceAll("\\s+", " ");
                if (name.equals("ms")) {
                    text = "\"" + text.strip() + "\"";
                }
                atom(text.isBlank() ? "" : "\\text{" + textEscaped(text) + "}", false, false);
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
        if (FUNCTIONS.contains(text)) {
            tex = "\\" + text;
        } else if (text.equals("mod")) {
            tex = "\\bmod";
        } else {
            StringBuilder sb = new StringBuilder();
            text.codePoints().forEach(cp -> sb.append(symbol(cp)));
            tex = sb.toString();
        }
        if (tex.isEmpty()) {
            return;
        }
        boolean unary = afterOperator || groupStart || el.attr("form").equals("prefix");
        boolean binary = SPACED.contains(tex) && !(unary && (tex.equals("-") || tex.equals("+") || tex.equals("\\pm")))
                && !el.attr("form").equals("postfix");
        boolean separator = tex.equals(",") || tex.equals(";");
        atom(tex, binary, separator || BIG.contains(tex));
        afterOperator = !tex.equals(")") && !tex.equals("]") && !tex.equals("\\}") && !tex.equals("|")
                && !tex.equals("\\rangle") && !tex.equals("'") && !tex.equals("!");
    }

    private static String identifier(String text, String variant) {
        if (text.isEmpty()) {
            return "";
        }
        if (text.codePointCount(0, text.length()) > 1) {
            if (FUNCTIONS.contains(text)) {
                return "\\" + text;
            }
            return styled(variant.isEmpty() ? "normal" : variant, escaped(text));
        }
        String tex = symbol(text.codePointAt(0));
        return variant.isEmpty() || variant.equals("italic") ? tex : styled(variant, tex);
    }

    private static String styled(String variant, String tex) {
        switch (variant) {
            case "normal": return "\\mathrm{" + tex + "}";
            case "bold": return "\\mathbf{" + tex + "}";
            case "italic": return "\\mathit{" + tex + "}";
            case "bold-italic": return "\\boldsymbol{" + tex + "}";
            case "double-struck": return "\\mathbb{" + tex + "}";
            case "script": case "bold-script": return "\\mathcal{" + tex + "}";
            case "fraktur": case "bold-fraktur": return "\\mathfrak{" + tex + "}";
            case "sans-serif": return "\\mathsf{" + tex + "}";
            case "monospace": return "\\mathtt{" + tex + "}";
            default: return tex;
        }
    }

    private static String symbol(int cp) {
        String known = SYMBOLS.get(cp);
        if (known != null) {
            return known;
        }
        if (cp >= 0x1D400 && cp <= 0x1D7FF) {
            // Mathematical italic, bold... letters: the plain letter reads the same in math mode.
            return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        }
        return new String(Character.toChars(cp));
    }

    /** Each character as TeX: symbols by name, TeX's special characters escaped. */
    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(symbol(cp)));
        return sb.toString();
    }

    /** Text for {@code \text{…}}: TeX's special characters as text-mode commands. */
    private static String textEscaped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#': case '$': case '%': case '&': case '_': case '{': case '}':
                    sb.append('\\').append(c);
                    break;
                case '\\': sb.append("\\textbackslash{}"); break;
                case '~': sb.append("\\textasciitilde{}"); break;
                case '^': sb.append("\\textasciicircum{}"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
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
        boolean big = n > 0 && BIG.contains(c[0]);
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
        boolean single = tex.codePointCount(0, tex.length()) == 1 || tex.matches("\\\\[A-Za-z]+|\\\\.|[0-9.]+")
                || tex.startsWith("{") && closingBrace(tex) == tex.length() - 1
                || tex.matches("\\\\[A-Za-z]+\\{[^{}]*\\}");
        return single ? tex : "{" + tex + "}";
    }

    private static String over(Element el, String[] c, boolean big) {
        if (big) {
            return c[0] + "^{" + arg(c, 1) + "}";
        }
        String mark = el.childrenSize() > 1 ? el.child(1).text().strip() : "";
        boolean single = arg(c, 0).codePointCount(0, arg(c, 0).length()) == 1 || arg(c, 0).matches("\\\\[A-Za-z]+");
        String accent;
        switch (mark) {
            case "^": case "ˆ": case "\u0302": accent = single ? "\\hat" : "\\widehat"; break;
            case "~": case "˜": case "\u0303": accent = single ? "\\tilde" : "\\widetilde"; break;
            case "¯": case "‾": case "\u0304": case "\u0305": case "―": case "_": accent = single ? "\\bar" : "\\overline";
                break;
            case "→": case "\u20D7": accent = single ? "\\vec" : "\\overrightarrow"; break;
            case "←": accent = "\\overleftarrow"; break;
            case "˙": case "\u0307": case ".": accent = "\\dot"; break;
            case "¨": case "\u0308": case "..": accent = "\\ddot"; break;
            case "ˇ": case "\u030C": accent = "\\check"; break;
            case "´": case "\u0301": accent = "\\acute"; break;
            case "`": case "\u0300": accent = "\\grave"; break;
            case "˘": case "\u0306": accent = "\\breve"; break;
            case "⏞": case "\uFE37": accent = "\\overbrace"; break;
            default: accent = null; break;
        }
        return accent != null ? accent + "{" + arg(c, 0) + "}" : "\\overset{" + arg(c, 1) + "}{" + arg(c, 0) + "}";
    }

    private static String under(Element el, String[] c, boolean big) {
        if (big) {
            return c[0] + "_{" + arg(c, 1) + "}";
        }
        String mark = el.childrenSize() > 1 ? el.child(1).text().strip() : "";
        switch (mark) {
            case "_": case "‾": case "¯": case "\u0332": case "―":
                return "\\underline{" + arg(c, 0) + "}";
            case "⏟": case "\uFE38":
                return "\\underbrace{" + arg(c, 0) + "}";
            default:
                return "\\underset{" + arg(c, 1) + "}{" + arg(c, 0) + "}";
        }
    }

    private static String fenced(Element el, String[] c) {
        String open = el.hasAttr("open") ? el.attr("open").strip() : "(";
        String close = el.hasAttr("close") ? el.attr("close").strip() : ")";
        String separators = (el.hasAttr("separators") ? el.attr("separators") : ",").replaceAll("\\s", "");
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
        s.codePoints().forEach(cp -> sb.append(symbol(cp)));
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
