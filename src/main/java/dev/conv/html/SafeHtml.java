package dev.conv.html;

import dev.conv.url.SchemePolicy;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every piece of raw HTML conv writes into Markdown goes through: Markdown
 * renderers pass raw HTML on, so an event handler or a script URL in it would run in the reader's
 * browser. Only the elements conv keeps ({@code --keep-html}: embeds, {@code <sub>},
 * {@code <sup>}, {@code <u>}, {@code <ins>}, {@code <mark>}, {@code <br>}) survive, with their
 * harmless attributes; no {@code on*} handler, no {@code style}, no {@code srcdoc}; URL attributes
 * only as the {@link SchemePolicy} allows. Content of a removed element is kept as text, escaped.
 */
public final class SafeHtml {
    /** Attributes holding a URL; each is checked by the scheme policy. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("src", "poster");

    private final Cleaner cleaner;

    public SafeHtml(SchemePolicy policy) {
        this.cleaner = new Cleaner(new PolicySafelist(policy));
    }

    /** The element, sanitised, as HTML on one line (a blank line would end the raw HTML). */
    public String outerHtml(Element el) {
        Document dirty = Document.createShell("");
        dirty.outputSettings().prettyPrint(false);
        dirty.body().appendChild(el.clone());
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element e : clean.body().getAllElements()) {
            for (Attribute a : e.attributes().asList()) {
                if (a.getValue().isEmpty()) {
                    e.attributes().put(a.getKey(), true); // controls, not controls="", as it was written
                }
            }
        }
        return clean.body().html().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** jsoup's allow-list, with URL attributes judged by conv's scheme policy instead of a prefix list. */
    private static final class PolicySafelist extends Safelist {
        private final SchemePolicy policy;

        PolicySafelist(SchemePolicy policy) {
            this.policy = policy;
            addTags("iframe", "video", "audio", "source", "track", "sub", "sup", "u", "ins", "mark", "br");
            addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen", "frameborder", "loading");
            addAttributes("video", "src", "poster", "width", "height", "controls", "loop", "muted", "playsinline",
                    "preload", "title");
            addAttributes("audio", "src", "controls", "loop", "muted", "preload", "title");
            addAttributes("source", "src", "type");
            addAttributes("track", "src", "kind", "srclang", "label", "default");
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            if (!super.isSafeAttribute(tagName, el, attr)) {
                return false;
            }
            String name = attr.getKey().toLowerCase(java.util.Locale.ROOT);
            if (!URL_ATTRIBUTES.contains(name)) {
                return true;
            }
            SchemePolicy.Use use = name.equals("poster") ? SchemePolicy.Use.IMAGE : SchemePolicy.Use.LINK;
            return policy.allows(attr.getValue(), use);
        }
    }
}
