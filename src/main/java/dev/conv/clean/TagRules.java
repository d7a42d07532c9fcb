package dev.conv.clean;

import dev.conv.html.HtmlVocabulary;
import org.jsoup.nodes.Element;

/** Which tags the custom-tag, disabled-link and presentational rules concern, and under which policy. */
final class TagRules {
    private final CleanPolicy policy;

    TagRules(CleanPolicy policy) {
        this.policy = policy;
    }

    /** The rule for a tag: its kind, the detail for reports, the policy that applies. */
    record Rule(CleanKind kind, String detail, TagPolicy policy) {
    }

    /**
     * The rule for {@code el}, or null when none concerns it. Presentational tags follow their
     * per-tag override, else are unwrapped: the custom-tag policy is not theirs.
     */
    Rule rule(Element el) {
        if (!Markup.isHtml(el)) {
            return null;
        }
        String name = el.normalName();
        if (HtmlVocabulary.isPresentational(name)) {
            TagPolicy p = policy.tagOverrides().getOrDefault(name, TagPolicy.UNWRAP);
            return new Rule(CleanKind.PRESENTATIONAL_TAG, name, p);
        }
        if (Markup.isCustom(el)) {
            return new Rule(CleanKind.CUSTOM_TAG, name, policy.policyFor(name));
        }
        if (name.equals("span") && !el.attr("href").isBlank()) {
            return new Rule(CleanKind.CUSTOM_TAG, "span[href]", policy.policyFor("span"));
        }
        return null;
    }
}
