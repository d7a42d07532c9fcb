package dev.conv.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text no file name speaks for (stdin, a {@code .txt} file) is HTML or Markdown, judged
 * from its first lines: Markdown block syntax (heading, list, quote, fence, table, link
 * definition, thematic break, front matter) or an inline link or strong emphasis before any tag
 * makes it Markdown; a tag first makes it HTML. Unsure when there is neither (plain text, read as
 * Markdown so its paragraphs survive) or when tags come with Markdown headings or fences outside
 * {@code <pre>}, {@code <script>} and the like (a README opening with an HTML block, read as
 * HTML). Looks at 64 non-blank lines at most: time does not grow with the input.
 */
public final class KindSniffer {
    /** The kind to read the text as, and whether to say it was a guess ({@code doubt} says why). */
    public record Guess(SourceKind kind, boolean sure, String doubt) {
    }

    private static final int MAX_LINES = 64;
    static final int MAX_CHARS = 16 * 1024;

    private static final Pattern TAG = Pattern.compile(
            "<(?:[A-Za-z][A-Za-z0-9-]*(?=[\\s/>]|$)|/[A-Za-z][A-Za-z0-9-]*\\s*>|!--|![Dd][Oo][Cc][Tt][Yy][Pp][Ee]|\\?xml)");
    private static final Pattern BLOCK = Pattern.compile(
            "#{1,6}(?:[ \\t].*)?"
            + "|[-*+][ \\t]+\\S.*"
            + "|\\d{1,9}[.)][ \\t]+\\S.*"
            + "|>.*"
            + "|```.*|~~~.*"
            + "|\\[[^\\]]+\\]:[ \\t]*\\S.*"
            + "|\\|.*\\|[ \\t]*"
            + "|(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}");
    private static final Pattern SETEXT = Pattern.compile("=+[ \\t]*");
    private static final Pattern INLINE = Pattern.compile(
            "!?\\[[^\\]\\n]++\\]\\([^)\\s]++(?:\\s+\"[^\"]*+\")?\\)|\\*\\*[^*\\s][^*]*+\\*\\*");
    /** How far into a line tags and inline syntax are looked for: each try scans ahead, so a whole line would cost its square. */
    private static final int LINE_PROBE = 512;
    private static final Pattern HEADING_OR_FENCE = Pattern.compile("#{1,6}(?:[ \\t].*)?|```.*|~~~.*");
    /** Elements whose content is not markup: a '# comment' in a shell sample is no Markdown heading. */
    private static final Pattern RAW_OPEN = Pattern.compile("<(?:pre|script|style|textarea|code)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_CLOSE = Pattern.compile("</(?:pre|script|style|textarea|code)\\s*>", Pattern.CASE_INSENSITIVE);

    private KindSniffer() {
    }

    public static Guess guess(CharSequence text) {
        String head = text.subSequence(0, Math.min(text.length(), MAX_CHARS)).toString();
        boolean tagSeen = false;
        boolean sawText = false;
        boolean previousWasText = false;
        int raw = 0;
        int lines = 0;
        for (String line : head.split("\r\n|\r|\n", -1)) {
            if (line.isBlank()) {
                previousWasText = false;
                continue;
            }
            if (++lines > MAX_LINES) {
                break;
            }
            sawText = true;
            int indent = indent(line);
            String body = line.strip();
            if (tagSeen) {
                if (raw == 0 && indent <= 3 && HEADING_OR_FENCE.matcher(body).matches()) {
                    return new Guess(SourceKind.HTML, false, "has HTML tags and Markdown headings or fences");
                }
                raw = Math.max(0, raw + count(RAW_OPEN, line) - count(RAW_CLOSE, line));
                continue;
            }
            if (indent <= 3 && (BLOCK.matcher(body).matches() || previousWasText && SETEXT.matcher(body).matches())) {
                return new Guess(SourceKind.MARKDOWN, true, null);
            }
            String probe = line.length() > LINE_PROBE ? line.substring(0, LINE_PROBE) : line;
            Matcher tag = TAG.matcher(probe);
            Matcher inline = INLINE.matcher(probe);
            int tagAt = tag.find() ? tag.start() : -1;
            int inlineAt = inline.find() ? inline.start() : -1;
            if (inlineAt >= 0 && (tagAt < 0 || inlineAt < tagAt)) {
                return new Guess(SourceKind.MARKDOWN, true, null);
            }
            if (tagAt >= 0) {
                tagSeen = true;
                raw = Math.max(0, count(RAW_OPEN, line) - count(RAW_CLOSE, line));
            }
            previousWasText = indent <= 3 && tagAt < 0;
        }
        if (tagSeen || !sawText) {
            return new Guess(SourceKind.HTML, true, null);
        }
        return new Guess(SourceKind.MARKDOWN, false, "no HTML tag or Markdown syntax at the start");
    }

    private static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    private static int count(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
