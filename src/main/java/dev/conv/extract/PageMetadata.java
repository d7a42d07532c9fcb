package dev.conv.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import dev.conv.html.ParserGuard;
import dev.conv.html.WideChars;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata where sites put it: Open Graph and {@code article:} meta tags, JSON-LD
 * (schema.org {@code headline}, {@code author}, {@code datePublished}...), {@code <link
 * rel=canonical>}, {@code <html lang>}, the first {@code <h1>}, {@code <time datetime>}, and the
 * {@code <title>} with the site's name cut off. Never fetches anything.
 */
final class PageMetadata {
    /** Separators between a page's title and its site's name in {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»/]{1,2}\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di)\\s+");
    /** JSON-LD blocks larger than this are not read (a page's metadata is a few KB). */
    private static final int MAX_JSON_LD = 1 << 20;

    private PageMetadata() {
    }

    static Metadata of(Document doc) {
        Metadata m = new Metadata();
        String site = meta(doc, "og:site_name");
        m.offer("title", cutSite(meta(doc, "og:title"), site));
        jsonLd(doc, m, site);
        Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
        m.offer("title", h1 == null ? null : h1.text());
        m.offer("title", cutSite(doc.title(), site));
        m.offer("author", byline(meta(doc, "author")));
        String articleAuthor = meta(doc, "article:author");
        if (articleAuthor != null && !articleAuthor.contains("://")) {
            m.offer("author", byline(articleAuthor));
        }
        Element itemAuthor = doc.selectFirst("[itemprop=author]");
        if (itemAuthor != null) {
            Element name = itemAuthor.selectFirst("[itemprop=name]");
            m.offer("author", byline(name != null ? name.text() : itemAuthor.hasAttr("content")
                    ? itemAuthor.attr("content") : itemAuthor.text()));
        }
        m.offer("date", meta(doc, "article:published_time"));
        m.offer("date", meta(doc, "datePublished"));
        m.offer("modified", meta(doc, "article:modified_time"));
        m.offer("modified", meta(doc, "og:updated_time"));
        Element time = doc.selectFirst("time[itemprop=datePublished][datetime], time[datetime]");
        m.offer("date", time == null ? null : time.attr("datetime"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        m.offer("url", webUrl(canonical == null ? null : canonical.attr("href")));
        m.offer("url", webUrl(meta(doc, "og:url")));
        m.offer("site_name", site);
        Element html = doc.selectFirst("html[lang]");
        m.offer("lang", html == null ? null : html.attr("lang"));
        m.offer("lang", meta(doc, "og:locale"));
        m.offer("description", meta(doc, "og:description"));
        m.offer("description", meta(doc, "description"));
        m.offer("image", webUrl(meta(doc, "og:image")));
        m.offer("image", webUrl(meta(doc, "twitter:image")));
        return m;
    }

    /** Markdown: its first heading of level one is its title. */
    static Metadata ofMarkdown(String markdown) {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        Metadata m = new Metadata();
        Document doc = ParserGuard.parse(html, false);
        Element h1 = doc.selectFirst("h1");
        m.offer("title", h1 == null ? null : h1.text());
        return m;
    }

    /** A meta tag's content, by {@code property}, {@code name} or {@code itemprop}. */
    private static String meta(Document doc, String key) {
        for (Element el : doc.select("meta[content]")) {
            if (el.attr("property").equalsIgnoreCase(key) || el.attr("name").equalsIgnoreCase(key)
                    || el.attr("itemprop").equalsIgnoreCase(key)) {
                String v = el.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * {@code "Title | Site"} as {@code "Title"}: the named site cut off, else a short last part
     * after a separator, as Readability cuts titles.
     */
    static String cutSite(String title, String site) {
        if (title == null) {
            return null;
        }
        String once = cutOnce(title, site);
        return once.equals(title) ? once : cutOnce(once, site); // "Title | Site | 19.01.2020"
    }

    private static String cutOnce(String title, String site) {
        String t = title.replaceAll("\\s+", " ").strip();
        var m = TITLE_SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return t;
        }
        String before = t.substring(0, lastStart).strip();
        String after = t.substring(lastEnd).strip();
        if (site != null && (after.equalsIgnoreCase(site.strip()) || site.toLowerCase(Locale.ROOT)
                .contains(after.toLowerCase(Locale.ROOT)))) {
            return before;
        }
        boolean shortSite = words(after) <= 3 && after.length() < before.length();
        return shortSite && words(before) >= 3 ? before : t;
    }

    /** Words, a run of CJK characters counting one per two characters (they have no spaces). */
    private static int words(String s) {
        int n = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            n += w.codePoints().anyMatch(WideChars::isCjk) ? Math.max(1, w.codePointCount(0, w.length()) / 2) : 1;
        }
        return n;
    }

    private static String byline(String author) {
        if (author == null) {
            return null;
        }
        return BY.matcher(author.strip()).replaceFirst("");
    }

    /** Only web addresses are written: a {@code javascript:} or {@code data:} value is dropped. */
    private static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || u.startsWith("/") && !u.startsWith("//")
                ? u : null;
    }

    /** schema.org from JSON-LD: the first object with a headline, author or dates, walked without recursion. */
    private static void jsonLd(Document doc, Metadata m, String site) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD) {
                continue;
            }
            JsonElement root;
            try {
                JsonReader reader = new JsonReader(new StringReader(json));
                reader.setStrictness(com.google.gson.Strictness.LENIENT);
                reader.setNestingLimit(64);
                root = JsonParser.parseReader(reader);
            } catch (RuntimeException | StackOverflowError e) {
                continue; // a broken block is no metadata
            }
            Deque<JsonElement> todo = new ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                JsonElement e = todo.pop();
                if (e.isJsonArray()) {
                    JsonArray a = e.getAsJsonArray();
                    for (int i = a.size() - 1; i >= 0; i--) {
                        todo.push(a.get(i));
                    }
                } else if (e.isJsonObject()) {
                    JsonObject o = e.getAsJsonObject();
                    if (o.has("@graph")) {
                        todo.push(o.get("@graph"));
                    }
                    if (o.has("headline") || o.has("datePublished")) {
                        m.offer("title", cutSite(string(o.get("headline")), site));
                        m.offer("author", byline(name(o.get("author"))));
                        m.offer("date", string(o.get("datePublished")));
                        m.offer("modified", string(o.get("dateModified")));
                        m.offer("description", string(o.get("description")));
                        m.offer("image", webUrl(url(o.get("image"))));
                    }
                }
            }
        }
    }

    private static String string(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }

    /** An author's name: a string, {@code {"name": ...}}, or the first of a list. */
    private static String name(JsonElement e) {
        if (e instanceof JsonArray a) {
            return a.isEmpty() ? null : name(a.get(0) instanceof JsonArray ? null : a.get(0));
        }
        if (e instanceof JsonObject o) {
            return string(o.get("name"));
        }
        return string(e);
    }

    private static String url(JsonElement e) {
        if (e instanceof JsonArray a) {
            return a.isEmpty() || a.get(0) instanceof JsonArray ? null : url(a.get(0));
        }
        if (e instanceof JsonObject o) {
            return string(o.get("url"));
        }
        return string(e);
    }
}
