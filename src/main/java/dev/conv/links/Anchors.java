package dev.conv.links;

import dev.conv.edit.MarkdownReader;
import dev.conv.page.FrontMatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;

/**
 * The {@code #anchors} a Markdown page has on GitHub: one per heading, its text made a slug by
 * GitHub's rules (lower case; letters, digits, {@code -} and {@code _} kept, spaces become
 * {@code -}, everything else dropped; a repeated slug gets {@code -1}, {@code -2}...), and the
 * {@code id} and {@code name} attributes of its HTML.
 */
final class Anchors {
    private static final Pattern ID = Pattern.compile("\\b(?:id|name)\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);

    private Anchors() {
    }

    static Set<String> of(String markdown) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        int front = FrontMatter.length(markdown);
        MarkdownReader.parse(front == 0 ? markdown : markdown.substring(front)).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code c) {
                        text.append(c.getLiteral());
                    }
                });
                String slug = slug(text.toString());
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                out.add(n == 0 ? slug : slug + "-" + n);
            }
        });
        for (Matcher m = ID.matcher(markdown); m.find(); ) {
            out.add(m.group(1));
        }
        return out;
    }

    static String slug(String heading) {
        StringBuilder b = new StringBuilder(heading.length());
        String lower = heading.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                b.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }
}
