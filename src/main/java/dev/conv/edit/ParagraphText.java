package dev.conv.edit;

import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * The text of the paragraph a commonmark-java inline parser is reading, from the first position
 * asked about on, and the offset of a scanner position in it. Positions are opaque, so the text
 * between the last position asked about and the next one is measured: the inline parser only
 * moves forward, so that adds up to the paragraph once.
 */
final class ParagraphText {
    private String text;
    private Position last;
    private int lastOffset;
    /** Characters read, for tests: linear in the paragraph's length. */
    long steps;

    /** The offset of {@code position}, which is at or after every position asked about before. */
    int offsetOf(Scanner scanner, Position position) {
        if (text == null) {
            while (scanner.hasNext()) {
                scanner.next();
            }
            text = scanner.getSource(position, scanner.position()).getContent();
            scanner.setPosition(position);
            steps += text.length();
            lastOffset = 0;
        } else {
            int between = scanner.getSource(last, position).getContent().length();
            steps += between;
            lastOffset += between;
        }
        last = position;
        return lastOffset;
    }

    /** Lines joined by {@code \n}, as the scanner reads them; null before the first offset. */
    String text() {
        return text;
    }
}
