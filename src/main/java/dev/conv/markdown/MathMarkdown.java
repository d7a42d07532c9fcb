package dev.conv.markdown;

import dev.conv.url.SchemePolicy;

/**
 * TeX in GitHub's math syntax. {@code $…$} and {@code $$…$$} are read as Markdown before they are
 * read as math (GitHub strips {@code \{}'s backslash, pairs {@code _} into emphasis), so they hold
 * only TeX that Markdown leaves alone; other TeX goes into {@code $`…`$}, whose code span keeps
 * it verbatim, or a {@code ```math} block.
 */
final class MathMarkdown {
    private MathMarkdown() {
    }

    /**
     * Would this TeX reach the math renderer unchanged between dollars, and read back as the same
     * text by a Markdown reader that knows no math? No edge spaces (GitHub's rule), no dollar, and
     * nothing Markdown reads inside a paragraph: emphasis and strike-through characters, code,
     * brackets, tags, entities, backslash escapes, line breaks.
     */
    static boolean plainSafe(String tex) {
        int n = tex.length();
        if (n == 0 || tex.charAt(0) == ' ' || tex.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = tex.charAt(i);
            switch (c) {
                case '$': case '`': case '*': case '_': case '~': case '[': case ']': case '&': case '\n': case '\r':
                case '\t':
                    return false;
                case ':':
                    // Text to an autolinker too: no script scheme's "://" (code spans are not autolinked).
                    if (tex.startsWith("//", i + 1) && SchemePolicy.endsWithScriptScheme(tex, i)) {
                        return false;
                    }
                    break;
                case '<':
                    // A tag, or an email autolink (an @ may follow, outside the math too).
                    if (i + 1 < n && (Character.isLetter(tex.charAt(i + 1)) || MarkdownSyntax.isEmailLocalChar(tex.charAt(i + 1)))) {
                        return false;
                    }
                    break;
                case '\\':
                    if (i + 1 == n || CharClass.isAsciiPunctuation(tex.charAt(i + 1))) {
                        return false;
                    }
                    break;
                default:
                    break;
            }
        }
        return true;
    }

    /** Inline math: {@code $tex$}, or {@code $`tex`$} when {@code plain} is false. */
    static String inline(String tex, boolean plain) {
        return plain ? "$" + tex + "$" : "$" + MarkdownSyntax.codeSpan(tex) + "$";
    }

    /** Display math as a block of its own: {@code $$tex$$}, or a {@code ```math} block. */
    static String block(String tex) {
        if (plainSafe(tex)) {
            return "$$" + tex + "$$";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < tex.length(); i++) {
            run = tex.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "math\n" + tex + "\n" + fence;
    }
}
