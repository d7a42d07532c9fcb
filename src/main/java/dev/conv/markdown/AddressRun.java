package dev.conv.markdown;

import java.util.List;

/**
 * Could a {@code <} open an email autolink ({@code <local@domain>}) where a second run reads the
 * block? The local part runs on without a break to its {@code @}: texts, and formulas written
 * as text, which a second run reads as one text, are followed character by character; past
 * them, any {@code @} written later counts, as before.
 */
final class AddressRun {
    private AddressRun() {
    }

    /**
     * Do local-part characters run on from {@code s[from]}, in token {@code index}, to an
     * {@code @}? {@code atAfter[k]}: an {@code @} is written at or after token k;
     * {@code plainMath}: formulas are written {@code $tex$}, as text to a second run.
     */
    static boolean reachesAt(List<Token> live, boolean[] atAfter, boolean plainMath, String s, int from, int index) {
        String text = s;
        int start = from;
        for (int k = index; ; ) {
            for (int j = start; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '@') {
                    return true;
                }
                if (!MarkdownSyntax.isEmailLocalChar(c)) {
                    return false;
                }
            }
            do {
                k++; // a span dropped or a text emptied writes nothing: the text goes on
            } while (k < live.size() && (live.get(k).dropped || live.get(k).type == Token.TEXT && live.get(k).text.isEmpty()));
            if (k >= live.size()) {
                return false;
            }
            Token t = live.get(k);
            if (t.type == Token.TEXT) {
                text = t.text;
            } else if (t.type == Token.MATH && plainMath) {
                text = "$" + t.text + "$";
            } else {
                return atAfter[k];
            }
            start = 0;
        }
    }
}
