package dev.conv.clean;

import java.util.Locale;

/**
 * Where a Markdown HTML block of the kinds that end on a marker (CommonMark's types 1 to 5) has
 * its marker: the occurrences of it on the line that ends the block. Blocks of the other kinds
 * end at a blank line, and have none.
 */
final class BlockEnd {
    private static final BlockEnd NONE = new BlockEnd(null, 0, null, 0, 0);
    private static final String[] RAW = {"script", "pre", "style", "textarea"};

    private final String text;
    /** Where the block's opening ({@code <?}, {@code <script}) is. */
    private final int opening;
    private final String marker;
    private final int lineStart;
    private final int lineEnd;

    private BlockEnd(String text, int opening, String marker, int lineStart, int lineEnd) {
        this.text = text;
        this.opening = opening;
        this.marker = marker;
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
    }


    /** The end of the block whose text (a quote's prefix blanked) is {@code block}. */
    static BlockEnd of(String block) {
        int start = 0;
        while (start < block.length() && (block.charAt(start) == ' ' || block.charAt(start) == '\t')) {
            start++;
        }
        String marker = markerOf(block, start);
        if (marker == null) {
            return NONE;
        }
        // The block ends on the first line, from its start line on, that holds the marker after the opening.
        String lower = marker.startsWith("</") ? block.toLowerCase(Locale.ROOT) : block;
        int at = lower.indexOf(marker, marker.equals(">") ? start + 2 : start + 1);
        if (at < 0) {
            return NONE; // the block ran to the end of its container: nothing ends it
        }
        int lineStart = block.lastIndexOf('\n', at) + 1;
        int lineEnd = block.indexOf('\n', at);
        return new BlockEnd(lower, start, marker, lineStart, lineEnd < 0 ? block.length() : lineEnd);
    }

    private static String markerOf(String block, int start) {
        if (block.startsWith("<!--", start)) {
            return "-->";
        }
        if (block.startsWith("<?", start)) {
            return "?>";
        }
        if (block.startsWith("<![CDATA[", start)) {
            return "]]>";
        }
        if (block.startsWith("<!", start) && start + 2 < block.length() && Character.isLetter(block.charAt(start + 2))) {
            return ">";
        }
        for (String name : RAW) {
            int after = start + 1 + name.length();
            if (block.regionMatches(true, start + 1, name, 0, name.length()) && block.startsWith("<", start)
                    && (after == block.length() || " \t\n>".indexOf(block.charAt(after)) >= 0)) {
                return "</" + name + ">";
            }
        }
        return null;
    }

    /**
     * Does {@code [from, to)} take in part of a marker on the block's last line, and leave the
     * opening? (Taking both, as removing a whole {@code <script>} does, leaves no such block.)
     */
    boolean overlaps(int from, int to) {
        if (marker == null || to <= lineStart || from >= lineEnd || from <= opening) {
            return false;
        }
        for (int at = text.indexOf(marker, Math.max(lineStart, from - marker.length() + 1));
             at >= 0 && at < Math.min(to, lineEnd); at = text.indexOf(marker, at + 1)) {
            if (at + marker.length() > from) {
                return true;
            }
        }
        return false;
    }
}
