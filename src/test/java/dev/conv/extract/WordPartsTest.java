package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link WordParts} must split exactly as the regular expressions it replaces. */
class WordPartsTest {
    private static final String ALPHABET = "ab-_ 9é!\u00a0z";

    @Test
    void splitsAsTheClassWordPattern() {
        for (String s : new String[] {"", "a", " a", "a ", "  ", "post-content  main", "!x", "x!", "é", "a!!b"}) {
            assertThat(WordParts.split(s)).as(s).containsExactly(s.split("[^a-z0-9_-]+"));
        }
        Random random = new Random(20);
        for (int i = 0; i < 20_000; i++) {
            String s = randomText(random);
            assertThat(WordParts.split(s)).as(s).containsExactly(s.split("[^a-z0-9_-]+"));
        }
    }

    @Test
    void findsAPartAsTheDashPatternDoes() {
        Set<String> parts = Set.of("ad", "nav", "b");
        Random random = new Random(21);
        for (int i = 0; i < 20_000; i++) {
            String w = randomText(random).replaceAll("[^a-z0-9_-]", "");
            boolean expected = false;
            for (String part : w.split("[-_]+")) {
                expected |= parts.contains(part);
            }
            assertThat(WordParts.anyPartIn(w, parts)).as(w).isEqualTo(expected);
        }
        assertThat(WordParts.anyPartIn("top-nav_bar", parts)).isTrue();
        assertThat(WordParts.anyPartIn("navbar", parts)).isFalse();
    }

    @Test
    void startsEveryPartAfterADashOrUnderscore() {
        assertThat(WordParts.nextStart("a-b_c", 0)).isEqualTo(2);
        assertThat(WordParts.nextStart("a-b_c", 2)).isEqualTo(4);
        assertThat(WordParts.nextStart("a-b_c", 4)).isEqualTo(-1);
        assertThat(WordParts.nextStart("a--", 2)).isEqualTo(3);
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
