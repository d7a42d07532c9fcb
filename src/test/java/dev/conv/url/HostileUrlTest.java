package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Hostile URLs: 16,000 repetitions of patterns that make careless code quadratic or throw
 * ({@code ../}, pairs without {@code =}, unclosed parentheses, broken escapes) go through every
 * rule without an exception. No clock is asserted; the whole test takes well under a second.
 */
class HostileUrlTest {
    private static final Unwrapper UNWRAPPER = Unwrapper.builtIn();
    private static final TrackingParams PARAMS = TrackingParams.builtIn();

    @Test
    void longInputsFinishAndNeverThrow() {
        List<String> patterns = List.of("../", "a&", "utm_source=1&", "(", ")", "%", "%E4", "?url=", "//", "\\",
                "&amp;", "x:", "[", "@", "#");
        List<UnaryOperator<String>> rules = List.of(
                s -> ReferenceResolution.resolve("https://h.example/a/b", s).url(),
                s -> Relativizer.relativize("https://h.example/a/b", "https://h.example/" + s).url(),
                s -> UNWRAPPER.unwrap("https://images.weserv.nl/?url=" + s).url(),
                s -> PARAMS.strip("https://h.example/?" + s).url(),
                MarkdownDestinations::write,
                s -> LinkRepair.urlFromTitle("", "https://h.example/" + s).map(LinkRepair.Target::destination).orElse(""));
        for (String p : patterns) {
            String input = p.repeat(16_000);
            for (UnaryOperator<String> rule : rules) {
                assertThat(rule.apply(input)).as(p).isNotNull();
            }
        }
    }

    @Test
    void aUrlLongerThanTheLimitIsLeftWithAReason() {
        String url = "https://h.example/" + "a".repeat(UrlCheck.MAX_LENGTH);
        UrlOutcome out = UNWRAPPER.unwrap(url);
        assertThat(out.leftAsIs()).isTrue();
        assertThat(out.reason()).contains("longer than");
    }
}
