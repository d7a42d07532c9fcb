package dev.conv.cli;

import dev.conv.markdown.Html2MdOptions.CodeStyle;
import dev.conv.markdown.Html2MdOptions.HeadingStyle;
import dev.conv.markdown.Html2MdOptions.LinkStyle;
import picocli.CommandLine.Option;

/** How html2md writes Markdown; the names are the ones turndown and pandoc users know. */
final class Html2MdStyleOptions {
    @Option(names = "--bullet", paramLabel = "-|*|+", defaultValue = "-",
            description = "Bullet list marker (default: ${DEFAULT-VALUE}).")
    char bullet;

    @Option(names = "--heading-style", paramLabel = "atx|setext", defaultValue = "atx",
            description = "ATX (# Title) or setext (underlined, levels 1-2 only) headings (default: ${DEFAULT-VALUE}).")
    HeadingStyle headingStyle;

    @Option(names = "--code-style", paramLabel = "fenced|indented", defaultValue = "fenced",
            description = "Fenced (```) or indented code blocks (default: ${DEFAULT-VALUE}).")
    CodeStyle codeStyle;

    @Option(names = "--link-style", paramLabel = "inline|reference", defaultValue = "inline",
            description = "[text](url) or [text][1] with definitions at the end (default: ${DEFAULT-VALUE}).")
    LinkStyle linkStyle;

    @Option(names = "--wrap", paramLabel = "N", defaultValue = "0",
            description = "Wrap paragraphs at N columns; 0 never wraps (default).")
    int wrap;

    @Option(names = "--keep-html",
            description = "Keep as raw HTML what Markdown cannot express: <sub>, <sup>, <u>, <ins>, <mark>, "
                    + "and embedded <iframe>/<video>/<audio>. Without it these are unwrapped (text kept) "
                    + "or become links.")
    boolean keepHtml;

    @Option(names = "--allow-data-images",
            description = "Keep images whose source is a data:image/* URL (not SVG). Without it they are "
                    + "written as their alt text, like every URL that is not http, https, mailto, tel, ftp "
                    + "or relative.")
    boolean allowDataImages;
}
