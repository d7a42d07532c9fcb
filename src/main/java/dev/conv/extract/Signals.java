package dev.conv.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's name, ARIA role and class/id words say about it: boilerplate, or content.
 * The words are those that widely used CMSs and themes give their parts (WordPress, Drupal,
 * Joomla, Ghost, Medium, news themes), matched as the start of a class/id word, so
 * {@code comment-list}, {@code commentlist} and {@code comments} all count.
 */
final class Signals {
    /** Word starts that mark a part that is not the article. */
    private static final String[] BOILERPLATE = {
        "comment", "disqus", "respond", "reply", "share", "sharing", "sharedaddy", "social", "sociable",
        "sidebar", "widget", "related", "recommend", "readmore", "read-more", "morestories", "more-stories",
        "mostread", "most-read", "mostpopular", "popular", "trending", "newsletter", "subscri", "signup",
        "sign-up", "cookie", "consent", "gdpr", "breadcrumb", "pagination", "pager", "promo", "sponsor",
        "advert", "adsbygoogle", "outbrain", "taboola", "popup", "modal", "navbar", "navigation", "menu",
        "footer", "masthead", "toolbar", "skiplink", "skip-link", "teaser", "follow", "rating", "login",
        "print", "tagcloud", "taglist", "tags", "topnav", "subnav", "banner", "byline-social", "author-bio",
        "authorbio", "about-author", "jump", "backtotop", "back-to-top", "feedback", "kommentar", "comentario",
        "commento", "commentaire", "authorbox", "author-box", "author-info", "photo-credit", "bildnachweis",
        "bildquelle", "copyright", "embed", "affiliate", "donat", "button", "contact", "postmeta"};
    /**
     * A state a CMS gives its content, not a kind of box, though it starts as one does:
     * Drupal's {@code node-promoted} (promoted to the front page) is no promotion.
     */
    private static final String STATE = "promoted";
    /** Whole words, or parts of a word between '-' and '_', that mark such a part. */
    private static final Set<String> BOILERPLATE_PARTS = Set.of(
            "nav", "ad", "ads", "adv", "aside", "share", "tag", "meta", "extra", "community", "shoutbox", "combx",
            "rss", "sr-only", "visually-hidden", "screen-reader-text", "site-header", "page-header", "credit", "credits",
            "copyright", "author", "autor", "bio", "utility", "kommentare", "kommentar", "comentarios", "commentaires");
    /**
     * Parts of a class/id word that make it name a layout or what a block holds, not what it is:
     * {@code c-fixed-sidebar-layout}, {@code section--has-ads}, {@code content--with-ads}.
     */
    private static final Set<String> LAYOUT_PARTS = Set.of("layout", "has", "with");
    /** Whole class/id words only: as a part ("entry-header") they name the article's own parts. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("header", "links", "more", "top", "bottom", "hidden");
    /**
     * Whole words that mark the article: they outweigh a boilerplate word on the same element.
     * Only whole words: in {@code post-share} or {@code sidebar-content} the other part decides.
     */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "content", "entry", "main", "post", "story", "hentry", "h-entry", "prose", "single");
    /** Compound words that name the article's body in common CMSs and themes. */
    private static final String[] CONTENT_BODIES = {
        "articlebody", "article-body", "article__body", "article_body", "articletext", "article-text",
        "article-content", "article__content", "entry-content", "entry_content", "post-content", "post_content",
        "postcontent", "post-body", "postbody", "post-text", "story-body", "storybody", "story-content",
        "main-content", "maincontent", "page-content", "content-body", "body-text", "bodytext", "news-text",
        "text-content", "blog-post", "blogpost", "rich-text", "richtext", "field-body", "node-content"};

    /**
     * Parts of a class/id word (between '-' and '_') that name an article's lead or standfirst:
     * TYPO3's {@code teaser-text}, {@code article-intro}, {@code lead}, the French {@code chapo},
     * the Spanish {@code bajada}, the German {@code vorspann}.
     */
    private static final Set<String> LEAD_PARTS = Set.of(
            "teaser", "intro", "lead", "standfirst", "summary", "chapo", "chapeau", "subtitle", "subline", "dek",
            "deck", "excerpt", "abstract", "bajada", "entradilla", "sapo", "vorspann", "anriss", "lede", "perex");
    /**
     * Parts of a class/id word that name the article's header when it is a {@code div}:
     * {@code article-header}, {@code post-header}, {@code article-hero}, {@code articlehead},
     * the Spanish {@code encabezado}, the German {@code kopf}.
     */
    private static final Set<String> HEADER_PARTS = Set.of(
            "header", "head", "heading", "headline", "hero", "articlehead", "encabezado", "kopf", "cabecera");

    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
            "banner", "toolbar");

    private Signals() {
    }

    /** The class and id words, lower case, split at anything not a letter, digit, '-' or '_'. */
    static String[] words(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return new String[0];
        }
        String all = (cls + " " + id).toLowerCase(Locale.ROOT).strip();
        return all.isEmpty() ? new String[0] : WordParts.split(all);
    }

    static boolean boilerplateWords(String[] words) {
        for (String w : words) {
            if (WordParts.anyPartIn(w, LAYOUT_PARTS)) {
                continue; // what the block holds or sits beside: c-sidebar-layout, o-section--has-ads
            }
            if (BOILERPLATE_WORDS.contains(w) || BOILERPLATE_PARTS.contains(w)) {
                return true;
            }
            if (WordParts.anyPartIn(w, BOILERPLATE_PARTS)) {
                return true;
            }
            // a boilerplate start at the word's start or right after a '-' or '_'
            for (int at = 0; at >= 0; at = WordParts.nextStart(w, at)) {
                if (w.startsWith(STATE, at)) {
                    continue; // Drupal's node-promoted: the node was promoted to the front page
                }
                for (String b : BOILERPLATE) {
                    if (w.startsWith(b, at)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a class/id word names a header: one of its parts is a header word. */
    static boolean headerWords(String[] words) {
        for (String w : words) {
            if (WordParts.anyPartIn(w, HEADER_PARTS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class/id word names a lead: one of its parts is a lead word. */
    static boolean leadWord(String w) {
        return WordParts.anyPartIn(w, LEAD_PARTS);
    }

    static boolean leadWords(String[] words) {
        for (String w : words) {
            if (leadWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words left when those naming a lead are set aside ({@code teaser-text}: none). */
    static String[] withoutLeadWords(String[] words) {
        return java.util.Arrays.stream(words).filter(w -> !leadWord(w)).toArray(String[]::new);
    }

    /** A whole content word ({@code article}, {@code entry}) or a CMS's name for the body. */
    static boolean contentWords(String[] words) {
        for (String w : words) {
            if (CONTENT_WORDS.contains(w) || bodyWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** A CMS's name for the article's body: {@code entry-content}, {@code article-body}. */
    static boolean bodyWords(String[] words) {
        for (String w : words) {
            if (bodyWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bodyWord(String w) {
        for (String b : CONTENT_BODIES) {
            if (w.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** A role or element that is never the article: navigation, site footer, sidebar, search. */
    static String boilerplateRole(Element el) {
        String role = el.attr("role").toLowerCase(Locale.ROOT).strip();
        if (BOILERPLATE_ROLES.contains(role)) {
            return "role " + role;
        }
        return switch (el.normalName()) {
            case "nav", "menu" -> "navigation";
            case "aside" -> "sidebar";
            case "footer" -> "footer";
            case "dialog" -> "dialog";
            case "button", "select", "input", "textarea" -> "form control";
            default -> null;
        };
    }

    /** Schema.org's articleBody, the strongest sign of the article a page can give. */
    static boolean articleBody(Element el) {
        String prop = el.attr("itemprop");
        return !prop.isEmpty() && prop.toLowerCase(Locale.ROOT).contains("articlebody");
    }

    static boolean isMain(Element el) {
        return el.nameIs("main") || el.attr("role").equalsIgnoreCase("main");
    }

    static boolean isHeading(Element el) {
        return switch (el.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }
}
