package dev.conv.testutil;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The CommonMark spec tests' HTML normalisation (after the spec's normalize.py, as the html2md
 * harness in ../shared/bench implements it): white space collapsed outside pre, white space next
 * to block tags dropped, attributes sorted, entities decoded, href/src percent-encoding
 * normalised, {@code <br />} written as {@code <br>}.
 */
public final class SpecHtml {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map",
            "button", "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd",
            "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea",
            "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");
    private static final Pattern CHUNK = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?\\]\\]>|<[^>]*>|[^<]+|<", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(.*?)(/?)>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final String URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._";

    private SpecHtml() {
    }

    public static String normalize(String html) {
        StringBuilder out = new StringBuilder();
        String last = "starttag";
        String lastTag = "";
        boolean inPre = false;
        Matcher m = CHUNK.matcher(html);
        while (m.find()) {
            String chunk = m.group();
            Matcher tag = chunk.startsWith("<") ? TAG.matcher(chunk) : null;
            if (chunk.startsWith("<!--") || chunk.startsWith("<![CDATA[")) {
                out.append(chunk);
                last = "comment";
            } else if (tag != null && tag.matches()) {
                String name = tag.group(2).toLowerCase();
                boolean end = !tag.group(1).isEmpty();
                if (end) {
                    if (name.equals("pre")) {
                        inPre = false;
                    } else if (BLOCK_TAGS.contains(name)) {
                        rstrip(out);
                    }
                    out.append("</").append(name).append('>');
                    last = "endtag";
                } else {
                    if (name.equals("pre")) {
                        inPre = true;
                    }
                    if (BLOCK_TAGS.contains(name)) {
                        rstrip(out);
                    }
                    out.append('<').append(name);
                    for (Map.Entry<String, List<String>> a : attributes(tag.group(3)).entrySet()) {
                        for (String v : a.getValue()) {
                            out.append(' ').append(a.getKey());
                            if (v == null) {
                                continue;
                            }
                            if (a.getKey().equals("href") || a.getKey().equals("src")) {
                                v = normalizeUrl(v);
                            }
                            out.append("=\"").append(escape(v, true)).append('"');
                        }
                    }
                    out.append('>');
                    boolean selfClosing = !tag.group(4).isEmpty();
                    last = selfClosing ? "endtag" : "starttag";
                }
                lastTag = name;
            } else {
                String data = chunk;
                boolean afterTag = last.equals("endtag") || last.equals("starttag");
                boolean afterBlock = afterTag && BLOCK_TAGS.contains(lastTag);
                if (afterTag && lastTag.equals("br")) {
                    data = data.replaceFirst("^\n+", "");
                }
                if (!inPre) {
                    data = data.replaceAll("\\s+", " ");
                }
                if (afterBlock && !inPre) {
                    data = last.equals("starttag") ? data.stripLeading() : data.strip();
                }
                out.append(escape(Parser.unescapeEntities(data, false), false));
                last = "data";
            }
        }
        return out.toString().strip();
    }

    private static Map<String, List<String>> attributes(String s) {
        Map<String, List<String>> attrs = new TreeMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attrs.computeIfAbsent(m.group(1).toLowerCase(), k -> new ArrayList<>())
                    .add(value == null ? null : Parser.unescapeEntities(value, true));
        }
        attrs.values().forEach(v -> v.sort((a, b) -> a == null ? -1 : b == null ? 1 : a.compareTo(b)));
        return attrs;
    }

    private static void rstrip(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
    }

    private static String escape(String s, boolean quote) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append(quote ? "&quot;" : "\""); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    static String normalizeUrl(String v) {
        String decoded;
        try {
            decoded = URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = v;
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || URL_SAFE.indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
