package dev.conv.qr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a page's share block in its Markdown text, changing no other byte: conv's own block (between
 * its two marker lines) is refreshed in place; else the old pipeline's block (an intro line, the
 * page's URL, and the image of this page linked to it, each ending in {@code <br/>}) is replaced
 * where it stands; else the block is added at the end of the page after a blank line. Recognised by
 * shape, not by wording, so any language's block is found. Line endings follow the page's. A page
 * ending inside something open that would take in an added block ({@link OpenEnd}) is left alone.
 */
final class ShareBlock {
    static final String OPEN = "<!-- conv:share -->";
    static final String CLOSE = "<!-- /conv:share -->";

    private static final Pattern IMAGE_LINK = Pattern.compile(
            "\\s*<a\\s+href\\s*=\\s*(['\"])([^'\"\\s]+)\\1\\s*>\\s*<img\\s+src\\s*=\\s*(['\"])([^'\"\\s]+)\\3\\s*/?>"
                    + "\\s*</a>\\s*(<br\\s*/?>)?\\s*");
    private static final Pattern URL_LINE = Pattern.compile("\\s*(https?://\\S+)\\s*<br\\s*/?>\\s*");
    private static final Pattern INTRO_LINE = Pattern.compile("[^<>]*\\S[^<>]*<br\\s*/?>\\s*");

    /** What was done, for the step's change record. */
    enum Action { INSERT, REFRESH, REPLACE_OLD }

    /** The page's new text and what changed, or null text when nothing did. */
    record Result(String text, Action action, int line) {
    }

    private ShareBlock() {
    }

    static boolean isMarker(String line) {
        String s = line.strip();
        return s.equals(OPEN) || s.equals(CLOSE);
    }

    /**
     * @param imageName the image's file name, as the page's old block would end its image URL
     * @throws IllegalStateException when an opening marker has no closing one (a hand edit gone
     *     wrong), or a block to add would be read inside something the page leaves open: the page
     *     is left as it is, and named
     */
    static Result apply(String text, ShareTemplate template, String url, String imageName, String imageUrl) {
        List<int[]> lines = lines(text);
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = line(text, lines.get(i));
            if (line.strip().equals(OPEN) && open < 0) {
                open = i;
            } else if (line.strip().equals(CLOSE) && open >= 0) {
                String block = block(template, url, imageName, imageUrl, eol(text, lines, i));
                return replace(text, lines.get(open)[0], lines.get(i)[1], block, Action.REFRESH, open + 1);
            }
        }
        if (open >= 0) {
            throw new IllegalStateException("line " + (open + 1) + ": " + OPEN + " has no " + CLOSE
                    + " after it; left as it is");
        }
        for (int i = lines.size() - 1; i >= 1; i--) {
            Matcher link = IMAGE_LINK.matcher(line(text, lines.get(i)));
            if (!link.matches() || !imageOf(link.group(4), imageName)) {
                continue;
            }
            Matcher urlLine = URL_LINE.matcher(line(text, lines.get(i - 1)));
            if (!urlLine.matches() || !urlLine.group(1).equals(link.group(2))) {
                continue;
            }
            int first = i - 1;
            if (i >= 2 && INTRO_LINE.matcher(line(text, lines.get(i - 2))).matches()
                    && !line(text, lines.get(i - 2)).contains("://")) {
                first = i - 2;
            }
            String block = block(template, url, imageName, imageUrl, eol(text, lines, i));
            return replace(text, lines.get(first)[0], lines.get(i)[1], block, Action.REPLACE_OLD, first + 1);
        }
        String eol = eol(text, lines, lines.size() - 1);
        String block = block(template, url, imageName, imageUrl, eol);
        StringBuilder out = new StringBuilder(text.length() + block.length() + 4).append(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.append(eol);
        }
        if (!text.isBlank() && !text.endsWith(eol + eol) && !text.endsWith("\n\n")) {
            out.append(eol);
        }
        int line = (int) out.chars().filter(c -> c == '\n').count() + 1;
        int at = out.length();
        String added = out.append(block).toString();
        if (OpenEnd.takesIn(added, at)) {
            throw new IllegalStateException("the page ends inside an open code fence, HTML block or tag, which would take "
                    + "in a share block added after it; left as it is (close it, or put the two marker lines where the "
                    + "block goes)");
        }
        return new Result(added, Action.INSERT, line);
    }

    private static String block(ShareTemplate template, String url, String imageName, String imageUrl, String eol) {
        return OPEN + eol + template.render(url, relativeReference(imageName), imageUrl, eol) + CLOSE + eol;
    }

    /**
     * The image's file name as a URL relative to the page: {@code %}, {@code #} and {@code ?}
     * escaped (else read as an escape, a fragment, a query), and {@code ./} before a name with a
     * colon, which would otherwise read as a scheme ({@code javascript:a.md.png}). Other
     * characters stay as they are, readable; browsers encode them.
     */
    static String relativeReference(String fileName) {
        String ref = fileName.replace("%", "%25").replace("#", "%23").replace("?", "%3F");
        return ref.indexOf(':') >= 0 ? "./" + ref : ref;
    }

    /**
     * The line ending where the block goes: that of line {@code i}, else of the nearest line
     * before it that has one; a page may mix them (a CRLF script pasted into an LF page).
     */
    private static String eol(String text, List<int[]> lines, int i) {
        for (int k = i; k >= 0; k--) {
            int end = lines.get(k)[1];
            if (end > 0 && text.charAt(end - 1) == '\n') {
                return end > 1 && text.charAt(end - 2) == '\r' ? "\r\n" : "\n";
            }
        }
        return "\n";
    }

    /** The old block's image is this page's: its URL's last segment is the image's name. */
    private static boolean imageOf(String src, String imageName) {
        String last = src.substring(src.lastIndexOf('/') + 1);
        return last.equals(imageName) || dev.conv.url.PercentEncoding.decode(last).equals(imageName)
                || last.equals(dev.conv.url.PercentEncoding.encodeSegment(imageName));
    }

    private static Result replace(String text, int from, int to, String block, Action action, int line) {
        if (text.regionMatches(from, block, 0, block.length()) && to - from == block.length()) {
            return new Result(null, action, line);
        }
        return new Result(text.substring(0, from) + block + text.substring(to), action, line);
    }

    /** Each line's start and end, its line break included. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(new int[] {start, end});
            start = end;
        }
        return lines;
    }

    /** A line without its line break. */
    private static String line(String text, int[] span) {
        int end = span[1];
        if (end > span[0] && text.charAt(end - 1) == '\n') {
            end--;
            if (end > span[0] && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return text.substring(span[0], end);
    }
}
