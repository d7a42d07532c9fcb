package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes of credit, date and meta lines; the quick tests in front of the patterns must
 * let every one of them through, case-folded spellings included.
 */
class CreditsTest {
    private static boolean judged(String line) {
        Element body = Jsoup.parse("<p>" + line + "</p>").body();
        return Credits.isCreditOrDate(body.child(0), TextStats.of(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foto: Ingo P.", "Photo: Getty Images", "(Bild: dpa)", "Aktualisiert: 03.04.2020",
        "2021-05-06", "12. März 2020, 14:30 Uhr", "Anzeige", "- Advertisement -", "4 min read",
        "Lesezeit: 3 Minuten", "Ein Bild von Jan / Shutterstock", "Archivbild REUTERS", "Quelle: imago images",
        "Photographer / GETTY IMAGES)", "Archiv / \u017Fhutterstock", "Archiv / i\u017Ftoc\u212A", "Markt / AFP"})
    void creditsDatesAndMetaLines(String line) {
        assertThat(judged(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prune in late winter, while the tree is dormant, and step back often.",
        "The photo shows a tree.", "We read 4 books in 2020 and liked two.", "Adapted from a talk at the dpa office",
        "shutterstock images are everywhere now"})
    void proseIsNot(String line) {
        assertThat(judged(line)).as(line).isFalse();
    }
}
