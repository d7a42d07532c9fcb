package dev.conv.clean;

import dev.conv.step.Kind;
import java.util.Locale;

/** Why an element is acted on: the categories that {@code -v}, the summary and the JSON report count. */
public enum CleanKind implements Kind {
    TRACKING_PIXEL("tracking pixel"),
    TRACKER_SCRIPT("tracker script"),
    /** A {@code <link rel=preconnect|dns-prefetch|preload...>} that only readies a tracker. */
    TRACKER_HINT("tracker hint"),
    NOSCRIPT_BEACON("noscript beacon"),
    CUSTOM_TAG("custom tag"),
    PRESENTATIONAL_TAG("presentational tag"),
    AD_SLOT("ad slot"),
    EMPTY_WRAPPER("empty wrapper"),
    SELECTOR("selector match", "selector matches"),
    /** A double-escaped entity repaired ({@code &amp;#039;} to {@code &#039;}); not an element. */
    BROKEN_ENTITY("broken entity", "broken entities");

    private final String singular;
    private final String plural;

    CleanKind(String singular) {
        this(singular, singular + "s");
    }

    CleanKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** The report identifier: {@code tracking-pixel}, {@code custom-tag}, ... */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** For the summary line: {@code "1 tracking pixel"}, {@code "3 tracking pixels"}. */
    @Override
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public static CleanKind ofId(String id) {
        for (CleanKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown clean kind '" + id + "'");
    }
}
