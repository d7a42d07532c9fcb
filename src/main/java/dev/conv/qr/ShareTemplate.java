package dev.conv.qr;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a page's share block, with placeholders: {@code {url}} the page's URL,
 * {@code {image}} the image's file name as a URL relative to the page (so it shows wherever the tree is
 * served), {@code {image_url}} the image's public URL. Values are escaped for HTML attributes and
 * text, since the block is HTML inside Markdown. Checked when made: an unknown placeholder or a
 * marker line fails before any page is read.
 */
public record ShareTemplate(String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]*)}");
    private static final Set<String> NAMES = Set.of("url", "image", "image_url");

    /** The default, modelled on the mirrors' share block: the URL as text, then the image linked to it. */
    public static final ShareTemplate DEFAULT = new ShareTemplate(
            "手机上长按复制下面的链接或二维码，即可分享本页：<br/>\n"
                    + "{url} <br/>\n"
                    + "<a href='{url}'><img src='{image}'/></a> <br/>\n");

    public ShareTemplate {
        text = text.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the share template is empty");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder " + m.group() + " in the share template (known: "
                        + "{url}, {image}, {image_url})");
            }
        }
        for (String line : text.split("\n")) {
            if (ShareBlock.isMarker(line)) {
                throw new IllegalArgumentException("the share template holds conv's marker line '" + line.strip()
                        + "': conv adds the markers itself");
            }
        }
    }

    /** The template's lines with the values in, joined with {@code eol}, ending with one. */
    String render(String url, String image, String imageUrl, String eol) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "url" -> url;
                case "image" -> image;
                default -> imageUrl;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        m.appendTail(out);
        return out.toString().replace("\n", eol) + eol;
    }

    /** Safe in HTML text and in attributes quoted either way. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
