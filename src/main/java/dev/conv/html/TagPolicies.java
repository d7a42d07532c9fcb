package dev.conv.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Which {@link TagPolicy} applies to which element, for every step that meets custom tags: one
 * policy for tags HTML5 does not define and for {@code <span href>} (a link the mirror disabled),
 * and per-tag overrides ({@code ok=link}), which also reach presentational tags such as
 * {@code <font>}. Immutable; names are lower case.
 *
 * @param customTags the policy for custom tags without an override
 * @param overrides per-tag policies, by lower-case tag name
 */
public record TagPolicies(TagPolicy customTags, Map<String, TagPolicy> overrides) {
    private static final Pattern TAG_NAME = Pattern.compile("[a-z][a-z0-9._:-]*");

    /** Custom tags unwrapped, no override. */
    public static final TagPolicies DEFAULTS = new TagPolicies(TagPolicy.UNWRAP, Map.of());

    public TagPolicies {
        Objects.requireNonNull(customTags, "customTags");
        for (Map.Entry<String, TagPolicy> e : overrides.entrySet()) {
            if (!TAG_NAME.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("invalid tag name '" + e.getKey() + "' in a tag override");
            }
            Objects.requireNonNull(e.getValue(), "policy");
        }
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** The policy for a tag name: its override, else the custom-tag policy. */
    public TagPolicy policyFor(String tagName) {
        return overrides.getOrDefault(tagName, customTags);
    }

    /**
     * The policy for an element, or null when none concerns it. A presentational tag follows its
     * override, else is unwrapped: the custom-tag policy is not its. Elements outside the HTML
     * namespace (inside {@code <svg>} or {@code <math>}) are never concerned.
     */
    public TagPolicy policyFor(Element el) {
        if (!Parser.NamespaceHtml.equals(el.tag().namespace())) {
            return null;
        }
        String name = el.normalName();
        if (HtmlVocabulary.isPresentational(name)) {
            return overrides.getOrDefault(name, TagPolicy.UNWRAP);
        }
        if (!HtmlVocabulary.isKnown(name)) {
            return policyFor(name);
        }
        if (name.equals("span") && !el.attr("href").isBlank()) {
            return policyFor("span");
        }
        return null;
    }

    public TagPolicies withCustomTags(TagPolicy policy) {
        return new TagPolicies(policy, overrides);
    }

    /** Adds an override; the tag name is trimmed and lower-cased, and must be a tag name. */
    public TagPolicies withOverride(String tag, TagPolicy policy) {
        String name = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
        if (!TAG_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid tag name '" + tag + "' in a tag override");
        }
        Map<String, TagPolicy> more = new LinkedHashMap<>(overrides);
        more.put(name, Objects.requireNonNull(policy, "policy"));
        return new TagPolicies(customTags, more);
    }

    /** Adds an override written {@code tag=policy}, e.g. {@code ok=link}. */
    public TagPolicies withOverride(String spec) {
        int eq = spec == null ? -1 : spec.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("invalid tag override '" + spec + "' (expected TAG=unwrap|link|drop|keep)");
        }
        return withOverride(spec.substring(0, eq), TagPolicy.parse(spec.substring(eq + 1)));
    }
}
