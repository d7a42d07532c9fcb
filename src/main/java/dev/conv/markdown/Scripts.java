package dev.conv.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Superscript and subscript text in plain Markdown, which has neither: Unicode superscript and
 * subscript characters when every character of the text has one ({@code 10⁶}, {@code H₂O}),
 * else the text marked {@code ^(…)} or {@code _(…)}, so that {@code 10<sup>6</sup>} never
 * reads as 106. Footnote marks ({@code *}, {@code †}, {@code [1]}) stay as they are.
 */
final class Scripts {
    /** How one {@code <sup>} or {@code <sub>} is written. */
    enum Form {
        /** Each character mapped to its superscript or subscript form. */
        UNICODE,
        /** Wrapped in {@code ^(…)} or {@code _(…)}. */
        MARKED,
        /** Unchanged: nothing to raise, or a footnote mark that reads well as it is. */
        PLAIN
    }

    private static final String SUPER_FROM = "0123456789+-\u2212=()"
            + "abcdefghijklmnoprstuvwxyz" + "ABDEGHIJKLMNOPRTUVW" + "βγδθφχ";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾"
            + "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ" + "ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ" + "ᵝᵞᵟᶿᵠᵡ";
    private static final String SUB_FROM = "0123456789+-\u2212=()" + "aehijklmnoprstuvxə" + "βγρφχ";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎" + "ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓₔ" + "ᵦᵧᵨᵩᵪ";

    /** The scripts being written whose text nodes are mapped or marked, innermost first. */
    private final Deque<Open> open = new ArrayDeque<>();

    private record Open(Element element, boolean sup, Form form) {
    }

    /**
     * Starts a {@code <sup>} or {@code <sub>} (without --keep-html). One holding only text is
     * written at once; returns whether its children are still to be walked.
     */
    boolean open(Element el, InlineBuffer inline) {
        Form form = form(el);
        boolean sup = isSuper(el);
        if (el.childrenSize() == 0) {
            String text = ControlCharacters.drop(el.wholeText());
            String core = text.strip();
            if (core.length() < text.length() && Character.isWhitespace(text.charAt(0))) {
                inline.text(" ");
            }
            inline.text(form == Form.UNICODE ? map(core, sup) : form == Form.MARKED ? marker(sup) + core + ")" : core);
            if (!core.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
                inline.text(" ");
            }
            return false;
        }
        if (form != Form.PLAIN) {
            open.push(new Open(el, sup, form));
            if (form == Form.MARKED) {
                inline.text(marker(sup));
            }
        }
        return true;
    }

    /** A text node's text, raised or lowered when the script around it says so. */
    String text(String text) {
        Open script = open.peek();
        return script != null && script.form == Form.UNICODE ? map(text, script.sup) : text;
    }

    /** Ends {@code el} if it is the script being written; returns whether it was. */
    boolean close(Element el, InlineBuffer inline) {
        Open script = open.peek();
        if (script == null || script.element != el) {
            return false;
        }
        open.pop();
        if (script.form == Form.MARKED) {
            inline.text(")");
        }
        return true;
    }

    private static boolean isSuper(Element el) {
        return el.normalName().equals("sup");
    }

    /** How to write this element's text; the element is complete. */
    private static Form form(Element el) {
        String text = startOfText(el);
        if (text == null) {
            return Form.MARKED; // long: not an exponent, but raised text all the same
        }
        if (text.isEmpty() || text.startsWith("[") && text.endsWith("]")) {
            return Form.PLAIN;
        }
        String from = isSuper(el) ? SUPER_FROM : SUB_FROM;
        for (int i = 0; i < text.length(); i++) {
            if (from.indexOf(text.charAt(i)) < 0) {
                return hasLetterOrDigit(text) ? Form.MARKED : Form.PLAIN;
            }
        }
        return Form.UNICODE;
    }

    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    /** Longer scripts are never written with Unicode forms. */
    private static final int SHORT = 64;

    /**
     * The element's text, white space collapsed and trimmed; null when it is longer than
     * {@link #SHORT} or its subtree is large: nested scripts are each looked at, so the look is
     * bounded to keep the walk linear.
     */
    private static String startOfText(Element el) {
        StringBuilder sb = new StringBuilder();
        int[] budget = {4 * SHORT};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (--budget[0] < 0 || sb.length() > SHORT) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText(), 0, Math.min(t.getWholeText().length(), SHORT + 1));
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        if (budget[0] < 0 || sb.length() > SHORT) {
            return null;
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    /** The text with each character that has a raised (or lowered) form replaced by it. */
    private static String map(String text, boolean sup) {
        String from = sup ? SUPER_FROM : SUB_FROM;
        String to = sup ? SUPER_TO : SUB_TO;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = from.indexOf(c);
            sb.append(at < 0 ? c : to.charAt(at));
        }
        return sb.toString();
    }

    /** The mark that opens a {@link Form#MARKED} text. */
    private static String marker(boolean sup) {
        return sup ? "^(" : "_(";
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
