package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.FrontMatter;
import java.util.List;

/**
 * What {@code --main} output must be against the whole page's Markdown: extraction drops, it
 * never invents or reorders, and it never leaves a page with text empty.
 */
public final class MainOutputProperties {
    private MainOutputProperties() {
    }

    /**
     * Every non-blank line of {@code main} (front matter aside) is a line of {@code whole}, in the
     * same order. A list's marker may differ: html2md picks {@code -} or {@code *}, {@code 1.} or
     * {@code 1)}, so that a list never merges with the list before it, and the cut changes what
     * stands before a list.
     */
    public static void assertDropsOnly(String what, String main, String whole) {
        List<String> wholeLines = body(whole).lines().map(MainOutputProperties::anyBullet).toList();
        int at = 0;
        for (String line : body(main).lines().map(MainOutputProperties::anyBullet).toList()) {
            if (line.isBlank()) {
                continue;
            }
            int found = -1;
            for (int i = at; i < wholeLines.size(); i++) {
                if (wholeLines.get(i).equals(line)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("%s: line of --main not found in order in the whole page's Markdown: %s", what, line)
                    .isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    /** Output with text whenever the whole page's Markdown has text. */
    public static void assertNotEmpty(String what, String main, String whole) {
        if (!body(whole).isBlank()) {
            assertThat(body(main)).as("%s: --main output is empty, the page has text", what).isNotBlank();
        }
    }

    /**
     * The line with each list marker it opens with (after indentation, {@code - * x}) written
     * {@code -}, and each ordered one's delimiter ({@code 1) x}) written {@code .}.
     */
    static String anyBullet(String line) {
        char[] c = line.toCharArray();
        int i = 0;
        while (true) {
            while (i < c.length && c[i] == ' ') {
                i++;
            }
            int digits = 0;
            while (i + digits < c.length && digits < 10 && Character.isDigit(c[i + digits])) {
                digits++;
            }
            if (i < c.length && (c[i] == '-' || c[i] == '*' || c[i] == '+') && (i + 1 == c.length || c[i + 1] == ' ')) {
                c[i++] = '-';
            } else if (digits > 0 && i + digits < c.length && (c[i + digits] == '.' || c[i + digits] == ')')
                    && (i + digits + 1 == c.length || c[i + digits + 1] == ' ')) {
                i += digits;
                c[i++] = '.';
            } else {
                return new String(c);
            }
        }
    }

    private static String body(String markdown) {
        return markdown.substring(FrontMatter.length(markdown));
    }
}
