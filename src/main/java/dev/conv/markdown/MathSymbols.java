package dev.conv.markdown;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What MathML's characters and names are in TeX: symbols, functions, operators, accents. */
final class MathSymbols {
    /** Function names TeX sets upright: {@code \sin}, {@code \log}... */
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

    private MathSymbols() {
    }

    static boolean isFunction(String name) {
        return FUNCTIONS.contains(name);
    }

    /** An operator that takes limits below and above ({@code \sum}, {@code \lim}). */
    static boolean isBig(String tex) {
        return BIG.contains(tex);
    }

    /** A binary operator or relation: written with a space on each side. */
    static boolean isSpaced(String tex) {
        return SPACED.contains(tex);
    }

    /** An {@code <mi>}: a symbol by name, a function name as its command, a longer name upright. */
    static String identifier(String text, String variant) {
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

    /** One character as TeX: by name, escaped when TeX gives it a meaning, else as it is. */
    static String symbol(int cp) {
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
    static String escaped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(symbol(cp)));
        return sb.toString();
    }

    /** Text for {@code \text{…}}: TeX's special characters as text-mode commands. */
    static String textEscaped(String text) {
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

    /** The accent command for a mark over a base ({@code \hat}, {@code \vec}...), or null. */
    static String overAccent(String mark, boolean single) {
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
        return accent;
    }

    /** The command for a mark under a base (underline, underbrace), or null. */
    static String underAccent(String mark) {
        switch (mark) {
            case "_": case "‾": case "¯": case "\u0332": case "―":
                return "\\underline";
            case "⏟": case "\uFE38":
                return "\\underbrace";
            default:
                return null;
        }
    }
}
