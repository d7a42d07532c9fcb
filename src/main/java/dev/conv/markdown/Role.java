package dev.conv.markdown;

import java.util.HashMap;
import java.util.Map;

/** What an HTML element becomes in Markdown. Unknown and custom elements are {@link #INLINE}: unwrapped. */
enum Role {
    /** Not content: skipped with everything inside. */
    DROP,
    /** A block box without Markdown syntax (div, p, section, center...): separates paragraphs. */
    BLOCK,
    HEADING,
    /** A {@code <dt>}: a block written bold. */
    TERM,
    PRE,
    RULE,
    QUOTE,
    LIST,
    ITEM,
    TABLE,
    TABLE_SECTION,
    ROW,
    CELL,
    CAPTION,
    BREAK,
    IMAGE,
    LINK,
    EM,
    STRONG,
    DEL,
    CODE,
    /** Inline elements Markdown cannot express, kept as raw HTML under --keep-html. */
    KEEPABLE,
    /** {@code <sup>}, {@code <sub>}: raised or lowered text ({@link Scripts}), raw HTML under --keep-html. */
    SCRIPT,
    /** MathML: written as TeX ({@link MathTex}). */
    MATH,
    /** Embedded media: written as a link to its source. */
    MEDIA,
    /** Everything else: the tag goes, the content stays. */
    INLINE;

    private static final Map<String, Role> ROLES = new HashMap<>();

    static {
        for (String n : new String[] {"script", "style", "noscript", "template", "head", "title", "meta", "link",
                "base", "select", "option", "optgroup", "datalist", "input", "textarea", "canvas", "svg", "map",
                "area", "param", "source", "track", "frame", "frameset", "noframes", "noembed", "dialog",
                "object", "embed", "rp"}) {
            ROLES.put(n, DROP);
        }
        for (String n : new String[] {"address", "article", "aside", "body", "center", "details", "dd", "div", "dl",
                "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "html", "legend",
                "main", "nav", "p", "search", "section", "summary"}) {
            ROLES.put(n, BLOCK);
        }
        for (String n : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
            ROLES.put(n, HEADING);
        }
        for (String n : new String[] {"pre", "xmp", "listing", "plaintext"}) {
            ROLES.put(n, PRE);
        }
        ROLES.put("dt", TERM);
        ROLES.put("hr", RULE);
        ROLES.put("blockquote", QUOTE);
        for (String n : new String[] {"ul", "ol", "menu", "dir"}) {
            ROLES.put(n, LIST);
        }
        ROLES.put("li", ITEM);
        ROLES.put("table", TABLE);
        for (String n : new String[] {"thead", "tbody", "tfoot", "colgroup", "col"}) {
            ROLES.put(n, TABLE_SECTION);
        }
        ROLES.put("tr", ROW);
        ROLES.put("td", CELL);
        ROLES.put("th", CELL);
        ROLES.put("caption", CAPTION);
        ROLES.put("br", BREAK);
        ROLES.put("img", IMAGE);
        ROLES.put("a", LINK);
        for (String n : new String[] {"em", "i", "cite", "dfn", "var"}) {
            ROLES.put(n, EM);
        }
        ROLES.put("strong", STRONG);
        ROLES.put("b", STRONG);
        for (String n : new String[] {"del", "s", "strike"}) {
            ROLES.put(n, DEL);
        }
        for (String n : new String[] {"code", "kbd", "samp", "tt"}) {
            ROLES.put(n, CODE);
        }
        for (String n : new String[] {"u", "ins", "mark"}) {
            ROLES.put(n, KEEPABLE);
        }
        ROLES.put("sub", SCRIPT);
        ROLES.put("sup", SCRIPT);
        ROLES.put("math", MATH);
        for (String n : new String[] {"iframe", "video", "audio"}) {
            ROLES.put(n, MEDIA);
        }
    }

    static Role of(String normalName) {
        Role role = ROLES.get(normalName);
        return role != null ? role : INLINE;
    }
}
