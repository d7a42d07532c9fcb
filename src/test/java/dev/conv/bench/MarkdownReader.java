package dev.conv.bench;

import java.util.List;

/** One way of reading Markdown, as the reader comparison sees it. */
interface MarkdownReader {
    /** A stretch the reader takes for raw HTML: an HTML block or an inline tag, where it starts. */
    record HtmlPart(boolean block, int line, String literal) {
        public HtmlPart {
            // Readers differ in how they hand over line breaks, not in where the part lies.
            literal = literal.replace("\r\n", "\n").replace('\r', '\n');
            literal = block ? literal.stripTrailing() : literal;
        }

        @Override
        public String toString() {
            return (block ? "block" : "inline") + " line " + line + ": " + literal.replace("\n", "\\n");
        }
    }

    String name();

    String html(String markdown);

    /** The raw HTML parts in document order, lines counted from 1. */
    List<HtmlPart> htmlParts(String markdown);

    /** The version in the name of the jar a class was loaded from, as Maven names jars. */
    static String versionOf(Class<?> type) {
        String jar = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        return jar.replaceFirst(".*/[a-z-]+-([0-9][^/]*)\\.jar$", "$1");
    }
}
