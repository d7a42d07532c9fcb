package dev.conv.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Short lines that credit a photo or date the page rather than tell the story: "Foto: Ingo P.",
 * "Photo: Getty Images", "Aktualisiert: 03.04.2020"; and the page's other meta lines: an
 * advertisement's label ("Anzeige"), a reading time ("4 min read"). Judged by their shape (a label and a colon,
 * a date and little else), in the languages of the pages seen most.
 */
final class Credits {
    /**
     * A credit line: a picture or source label ("Foto", "Crédits photos"), then a colon or a
     * copyright sign; in brackets too, as captions often set it.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^\\s*\\(?\\s*(?:©|\\(c\\)|(?:foto|fotos|bild|bilder|photo|photos|photograph|image|picture|kuva|zdjęcie|"
                    + "quelle|source|credit|credits|crédit|crédits|crédito|créditos|fuente|copyright|titelbild|beitragsbild)"
                    + "(?:\\s+(?:photos?|fotos?|images?|de\\s+(?:la\\s+)?(?:foto|imagen|photo)))?"
                    + "\\s*(?::|©|/|by\\b|von\\b)).{0,100}$");
    /** "Getty Images", "dpa", "Reuters" closing a short line. */
    private static final Pattern AGENCY = Pattern.compile(
            "(?iu).{0,60}\\b(?:getty images|istock(?:photo)?(?:\\.com)?|shutterstock|imago|dpa|afp|reuters|picture alliance)"
                    + "\\s*\\)?\\s*$");
    /** What each of AGENCY's alternatives starts with. */
    private static final String[] AGENCY_NAMES = {"getty images", "istock", "shutterstock", "imago", "dpa", "afp",
        "reuters", "picture alliance"};
    /** A line that is a date, perhaps with a label and a time. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^\\s*[\\p{L} .:|,-]{0,25}?\\s*(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"
                    + "\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+\\d{4})(?:[,\\s|-]*(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h))?)?"
                    + "\\s*$");

    /** An advertisement's label standing alone: "Anzeige", "- Anzeige -", "Advertisement:", "Reklama". */
    private static final Pattern AD_LABEL = Pattern.compile(
            "(?iu)^[\\s\\p{Pd}*(\\[]*(?:anzeige|werbung|advertisement|advertising|sponsored|reklama|publicidad|"
                    + "publicité|pubblicità|annonce|advertentie|mainos)[\\s\\p{Pd}*:)\\]]*$");
    /** A reading time: "4 Min Read", "21 minutes", "Lesezeit: 3 Minuten", "5 min de lectura". */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)^\\s*(?:(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\\s*:?\\s*)?(?:ca\\.\\s*)?\\d{1,3}\\s*"
                    + "(?:min|mins|minutes?|minuten|minutos)\\.?(?:\\s+(?:read|reading|lesezeit|de lectura|de lecture|lesen))?\\s*$");

    private Credits() {
    }

    static boolean isCreditOrDate(Element el, TextStats stats) {
        TextStats.Counts c = stats.get(el);
        if (c.chars == 0 || c.chars > 80 || c.rich > 0) {
            return false;
        }
        String text = el.text();
        // the patterns backtrack over the whole line: a quick look first rules out most prose
        boolean digit = hasDigit(text);
        return CREDIT.matcher(text).matches() || mayNameAgency(text) && AGENCY.matcher(text).matches()
                || digit && DATE_LINE.matcher(text).matches() || AD_LABEL.matcher(text).matches()
                || digit && READING_TIME.matcher(text).matches();
    }

    /** {@code \d} without UNICODE_CHARACTER_CLASS: ASCII digits only. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether one of AGENCY's names occurs, folded as {@code (?iu)} compares letters. */
    private static boolean mayNameAgency(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        String s = folded.toString();
        for (String name : AGENCY_NAMES) {
            if (s.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
