package dev.conv.markdown;

import dev.conv.html.TagPolicies;
import dev.conv.url.SchemePolicy;
import dev.conv.url.TrackerHosts;
import java.util.Objects;

/**
 * How {@link Html2Md} writes Markdown. The defaults are GitHub-flavoured Markdown as most projects
 * write it: ATX headings, {@code -} bullets, fenced code, inline links, no wrapping, no raw HTML,
 * custom tags unwrapped. {@code tagPolicies} are {@code conv clean}'s custom-tag policies: a tag
 * {@code clean} would turn into a link becomes a Markdown link, one it would drop is left out.
 * {@code trackerHosts} are {@code clean}'s too: an image or embed from one is a tracking pixel,
 * left out. {@code allowDataImages} lets images keep {@code data:image/*} sources
 * ({@link #schemePolicy()}).
 */
public record Html2MdOptions(char bullet, HeadingStyle headingStyle, CodeStyle codeStyle, LinkStyle linkStyle,
                             int wrap, boolean keepHtml, TagPolicies tagPolicies, TrackerHosts trackerHosts,
                             boolean allowDataImages) {

    public enum HeadingStyle { ATX, SETEXT }

    public enum CodeStyle { FENCED, INDENTED }

    public enum LinkStyle { INLINE, REFERENCE }

    public Html2MdOptions {
        if (bullet != '-' && bullet != '*' && bullet != '+') {
            throw new IllegalArgumentException("bullet must be -, * or +, not " + bullet);
        }
        if (wrap < 0) {
            throw new IllegalArgumentException("wrap must not be negative");
        }
        Objects.requireNonNull(tagPolicies, "tagPolicies");
        Objects.requireNonNull(trackerHosts, "trackerHosts");
    }

    /** Options with the built-in tracker hosts, and no {@code data:} images. */
    public Html2MdOptions(char bullet, HeadingStyle headingStyle, CodeStyle codeStyle, LinkStyle linkStyle,
                          int wrap, boolean keepHtml, TagPolicies tagPolicies) {
        this(bullet, headingStyle, codeStyle, linkStyle, wrap, keepHtml, tagPolicies, TrackerHosts.builtIn(), false);
    }

    /** Options with the default custom-tag policies. */
    public Html2MdOptions(char bullet, HeadingStyle headingStyle, CodeStyle codeStyle, LinkStyle linkStyle,
                          int wrap, boolean keepHtml) {
        this(bullet, headingStyle, codeStyle, linkStyle, wrap, keepHtml, TagPolicies.DEFAULTS);
    }

    public static Html2MdOptions defaults() {
        return new Html2MdOptions('-', HeadingStyle.ATX, CodeStyle.FENCED, LinkStyle.INLINE, 0, false);
    }

    public Html2MdOptions withBullet(char c) {
        return new Html2MdOptions(c, headingStyle, codeStyle, linkStyle, wrap, keepHtml, tagPolicies, trackerHosts,
                allowDataImages);
    }

    public Html2MdOptions withHeadingStyle(HeadingStyle s) {
        return new Html2MdOptions(bullet, s, codeStyle, linkStyle, wrap, keepHtml, tagPolicies, trackerHosts,
                allowDataImages);
    }

    public Html2MdOptions withCodeStyle(CodeStyle s) {
        return new Html2MdOptions(bullet, headingStyle, s, linkStyle, wrap, keepHtml, tagPolicies, trackerHosts,
                allowDataImages);
    }

    public Html2MdOptions withLinkStyle(LinkStyle s) {
        return new Html2MdOptions(bullet, headingStyle, codeStyle, s, wrap, keepHtml, tagPolicies, trackerHosts,
                allowDataImages);
    }

    public Html2MdOptions withWrap(int columns) {
        return new Html2MdOptions(bullet, headingStyle, codeStyle, linkStyle, columns, keepHtml, tagPolicies,
                trackerHosts, allowDataImages);
    }

    public Html2MdOptions withKeepHtml(boolean keep) {
        return new Html2MdOptions(bullet, headingStyle, codeStyle, linkStyle, wrap, keep, tagPolicies, trackerHosts,
                allowDataImages);
    }

    public Html2MdOptions withTagPolicies(TagPolicies policies) {
        return new Html2MdOptions(bullet, headingStyle, codeStyle, linkStyle, wrap, keepHtml, policies, trackerHosts,
                allowDataImages);
    }

    public Html2MdOptions withTrackerHosts(TrackerHosts hosts) {
        return new Html2MdOptions(bullet, headingStyle, codeStyle, linkStyle, wrap, keepHtml, tagPolicies, hosts,
                allowDataImages);
    }

    public Html2MdOptions withAllowDataImages(boolean allow) {
        return new Html2MdOptions(bullet, headingStyle, codeStyle, linkStyle, wrap, keepHtml, tagPolicies, trackerHosts,
                allow);
    }

    /** Which URLs may be written: {@code data:image/*} for images only when allowed. */
    public SchemePolicy schemePolicy() {
        return SchemePolicy.of(allowDataImages);
    }
}
