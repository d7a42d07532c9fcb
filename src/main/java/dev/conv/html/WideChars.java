package dev.conv.html;

/**
 * Wide East Asian characters, the one test html2md (line breaks that are not spaces, column
 * widths) and extract (text measured in characters, not words) share.
 */
public final class WideChars {
    private WideChars() {
    }

    /**
     * Wide East Asian characters (East Asian Width F, W or H, Hangul excluded) for which a line
     * break in the source is not a space: Han, kana, bopomofo, CJK punctuation, full-width forms.
     */
    public static boolean isCjk(int c) {
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
