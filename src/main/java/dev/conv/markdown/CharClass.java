package dev.conv.markdown;

import dev.conv.html.WideChars;

/**
 * Character classes that decide how Markdown reads delimiters, and the CJK test used for the CSS
 * Text 3 segment-break rule.
 */
final class CharClass {
    static final int WHITESPACE = 0;
    static final int PUNCTUATION = 1;
    static final int OTHER = 2;
    /** Punctuation under one CommonMark version but not the other: must satisfy both readings. */
    static final int AMBIGUOUS = 3;

    private CharClass() {
    }

    /**
     * Flanking class of a code point. CommonMark 0.31 counts Unicode symbols (S*) as punctuation,
     * cmark-gfm (GitHub) follows 0.29, where only ASCII punctuation and P* do; such
     * characters are reported as {@link #AMBIGUOUS}.
     */
    static int of(int c) {
        if (c < 0x80) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                return WHITESPACE;
            }
            return isAsciiPunctuation(c) ? PUNCTUATION : OTHER;
        }
        int type = Character.getType(c);
        switch (type) {
            case Character.SPACE_SEPARATOR:
                return WHITESPACE;
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return PUNCTUATION;
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return AMBIGUOUS;
            default:
                return OTHER;
        }
    }

    static boolean isAsciiPunctuation(int c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** Collapsible white space as HTML defines it (not NBSP). */
    static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /** Wide East Asian characters: {@link WideChars#isCjk(int)}. */
    static boolean isCjk(int c) {
        return WideChars.isCjk(c);
    }
}
