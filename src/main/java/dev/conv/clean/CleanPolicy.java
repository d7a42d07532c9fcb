package dev.conv.clean;

import dev.conv.html.TagPolicies;
import dev.conv.html.TagPolicy;
import dev.conv.url.TrackerHosts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.select.QueryParser;

/**
 * The configuration of {@code conv clean}: immutable, built with {@link #builder()}. Everything
 * is checked when built, so a bad option fails before any file is read.
 */
public final class CleanPolicy {
    private final TagPolicies tags;
    private final Set<String> trackerHosts;
    private final List<String> removeSelectors;
    private final String pagePath;
    private final String pageUrl;

    private CleanPolicy(Builder b) {
        this.tags = b.tags;
        this.trackerHosts = Collections.unmodifiableSet(new LinkedHashSet<>(b.trackerHosts));
        this.removeSelectors = List.copyOf(b.removeSelectors);
        this.pagePath = b.pagePath;
        this.pageUrl = b.pageUrl;
    }

    public static CleanPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's settings, to derive another (e.g. the same options for another page). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.tags = tags;
        b.trackerHosts.addAll(trackerHosts);
        b.removeSelectors.addAll(removeSelectors);
        b.pagePath = pagePath;
        b.pageUrl = pageUrl;
        return b;
    }

    /** What to do with custom, disabled-link and presentational tags. */
    public TagPolicies tagPolicies() {
        return tags;
    }

    /** Policy for custom tags without an override. */
    public TagPolicy customTags() {
        return tags.customTags();
    }

    /** Per-tag overrides, lower-case tag name to policy. */
    public Map<String, TagPolicy> tagOverrides() {
        return tags.overrides();
    }

    /** The policy for a tag: its override, else the custom-tag policy. */
    public TagPolicy policyFor(String tagName) {
        return tags.policyFor(tagName);
    }

    /** Extra tracker hosts, on top of the built-in list. */
    public Set<String> trackerHosts() {
        return trackerHosts;
    }

    /** Extra CSS selectors (jsoup syntax) whose matches are removed. */
    public List<String> removeSelectors() {
        return removeSelectors;
    }

    /** The page's own path (as given on the command line, or relative to the repository), or null. */
    public String pagePath() {
        return pagePath;
    }

    /** The page's public URL, or null. */
    public String pageUrl() {
        return pageUrl;
    }

    public static final class Builder {
        private TagPolicies tags = TagPolicies.DEFAULTS;
        private final Set<String> trackerHosts = new LinkedHashSet<>();
        private final List<String> removeSelectors = new ArrayList<>();
        private String pagePath;
        private String pageUrl;

        private Builder() {
        }

        public Builder customTags(TagPolicy policy) {
            tags = tags.withCustomTags(policy);
            return this;
        }

        public Builder tagOverride(String tag, TagPolicy policy) {
            tags = tags.withOverride(tag, policy);
            return this;
        }

        /** Parses an override written {@code tag=policy}, e.g. {@code ok=link}. */
        public Builder tagOverride(String spec) {
            tags = tags.withOverride(spec);
            return this;
        }

        /** Replaces the custom-tag policy and every override. */
        public Builder tagPolicies(TagPolicies policies) {
            tags = java.util.Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Adds a tracker host; it matches its subdomains too. A leading {@code *.} or {@code .},
         * a scheme and a path are tolerated ({@code https://stats.example.org/} is
         * {@code stats.example.org}).
         */
        public Builder trackerHost(String host) {
            trackerHosts.add(TrackerHosts.normalize(host));
            return this;
        }

        /** Adds a selector (jsoup syntax) whose matching elements are removed; checked now. */
        public Builder removeSelector(String selector) {
            String s = selector == null ? "" : selector.trim();
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty --remove selector");
            }
            try {
                QueryParser.parse(s);
            } catch (IllegalArgumentException | IllegalStateException e) { // SelectorParseException is an IllegalStateException
                throw new IllegalArgumentException("invalid --remove selector '" + s + "': " + e.getMessage(), e);
            }
            removeSelectors.add(s);
            return this;
        }

        public Builder pagePath(String path) {
            this.pagePath = path == null || path.isBlank() ? null : path.trim();
            return this;
        }

        public Builder pageUrl(String url) {
            this.pageUrl = url == null || url.isBlank() ? null : url.trim();
            return this;
        }

        public CleanPolicy build() {
            return new CleanPolicy(this);
        }
    }
}
