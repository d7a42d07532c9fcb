package dev.conv.clean;

import dev.conv.html.HtmlVocabulary;
import dev.conv.html.TagPolicy;
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
     * The rule for {@code el}, or null when none concerns it; which policy applies is
     * {@link dev.conv.html.TagPolicies}' decision, shared with html2md.
     */
    Rule rule(Element el) {
        TagPolicy p = policy.tagPolicies().policyFor(el);
        if (p == null) {
            return null;
        }
        String name = el.normalName();
        if (HtmlVocabulary.isPresentational(name)) {
            return new Rule(CleanKind.PRESENTATIONAL_TAG, name, p);
        }
        return new Rule(CleanKind.CUSTOM_TAG, HtmlVocabulary.isKnown(name) ? name + "[href]" : name, p);
    }
}
