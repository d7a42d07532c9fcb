package dev.conv.markdown;

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

    /**
     * Wide East Asian characters (East Asian Width F, W or H, Hangul excluded) for which a line
     * break in the source is not a space: Han, kana, bopomofo, CJK punctuation, full-width forms.
     */
    static boolean isCjk(int c) {
        if (c < 0x2E80) {
            return false;
        }
        return c <= 0x2FDF                       // radicals, Kangxi
                || c >= 0x3000 && c <= 0x303F    // CJK symbols and punctuation
                || c >= 0x3040 && c <= 0x30FF    // Hiragana, Katakana
                || c >= 0x3100 && c <= 0x312F    // Bopomofo
                || c >= 0x3190 && c <= 0x31FF    // Kanbun, Bopomofo ext., strokes, Katakana ext.
                || c >= 0x3200 && c <= 0x33FF    // enclosed CJK, compatibility
                || c >= 0x3400 && c <= 0x4DBF    // ext. A
                || c >= 0x4E00 && c <= 0x9FFF    // unified ideographs
                || c >= 0xF900 && c <= 0xFAFF    // compatibility ideographs
                || c >= 0xFE10 && c <= 0xFE1F    // vertical forms
                || c >= 0xFE30 && c <= 0xFE6F    // compatibility and small forms
                || c >= 0xFF01 && c <= 0xFF60    // full-width forms
                || c >= 0xFF61 && c <= 0xFF9F    // half-width katakana (H)
                || c >= 0xFFE0 && c <= 0xFFEE
                || c >= 0x20000 && c <= 0x3134F; // ext. B and later planes
    }
}
