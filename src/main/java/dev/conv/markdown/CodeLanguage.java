package dev.conv.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The language of a code block, for its fence's info string. Highlighters name it in many places:
 * {@code class="language-x"}, {@code lang-x}, pandoc's {@code class="sourceCode x"},
 * SyntaxHighlighter's {@code class="brush: x"}, {@code lang}, {@code data-lang} on the pre or its
 * code; or on a wrapper a few levels up: GitHub's {@code highlight-source-x}, Rouge's and
 * Docusaurus' {@code language-x}, Sphinx's {@code highlight-x}, Hugo's {@code data-lang}.
 */
final class CodeLanguage {
    /** Rouge puts the language two wrappers above the pre; further up it names something else. */
    private static final int WRAPPER_LEVELS = 3;
    private static final Pattern BRUSH = Pattern.compile("(?:^|[\\s;])brush\\s*:\\s*([^\\s;]+)");
    /** What fits an info string as one word (a backtick makes the fence tildes). */
    private static final Pattern NAME = Pattern.compile("[^\\s\\p{Cntrl}]+");
    /** Values that say "no language". */
    private static final Set<String> NONE = Set.of("none", "nohighlight", "default", "no-highlight");
    /** pandoc's classes beside the language. */
    private static final Set<String> PANDOC = Set.of("sourcecode", "numbersource", "numberlines");

    private CodeLanguage() {
    }

    /** The language, or "" when none is named. */
    static String of(Element pre) {
        String found = own(pre);
        if (found.isEmpty() && pre.childrenSize() == 1 && pre.child(0).normalName().equals("code")) {
            found = own(pre.child(0));
        }
        Element wrapper = pre.parent();
        for (int level = 0; found.isEmpty() && level < WRAPPER_LEVELS && wrapper != null
                && !wrapper.nameIs("body"); level++) {
            found = wrapper(wrapper);
            wrapper = wrapper.parent();
        }
        return found;
    }

    /** On the pre or its code: every way a highlighter names the language. */
    private static String own(Element el) {
        String found = prefixed(el, "language-", "lang-", "highlight-source-");
        if (found.isEmpty()) {
            found = pandoc(el);
        }
        if (found.isEmpty()) {
            Matcher brush = BRUSH.matcher(el.attr("class"));
            found = brush.find() ? checked(brush.group(1)) : "";
        }
        for (String attr : new String[] {"data-lang", "data-language", "data-enlighter-language", "lang"}) {
            if (found.isEmpty()) {
                found = checked(el.attr(attr).strip());
            }
        }
        return found;
    }

    /**
     * On a wrapper: only names that cannot be something else. {@code lang} there is the
     * natural language of the text, {@code lang-x} often too.
     */
    private static String wrapper(Element el) {
        String found = prefixed(el, "language-", "highlight-source-", "highlight-");
        return found.isEmpty() ? checked(el.attr("data-lang").strip()) : found;
    }

    private static String prefixed(Element el, String... prefixes) {
        for (String cls : el.classNames()) {
            String lower = cls.toLowerCase(Locale.ROOT);
            for (String prefix : prefixes) {
                if (lower.startsWith(prefix) && cls.length() > prefix.length()) {
                    String found = checked(cls.substring(prefix.length()));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return "";
    }

    /** pandoc: {@code class="sourceCode python"}, the language beside its own marker classes. */
    private static String pandoc(Element el) {
        if (!el.hasClass("sourceCode")) {
            return "";
        }
        for (String cls : el.classNames()) {
            if (!PANDOC.contains(cls.toLowerCase(Locale.ROOT))) {
                return checked(cls);
            }
        }
        return "";
    }

    private static String checked(String name) {
        return NAME.matcher(name).matches() && !NONE.contains(name.toLowerCase(Locale.ROOT)) ? name : "";
    }
}
