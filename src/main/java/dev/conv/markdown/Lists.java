package dev.conv.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * Lists as Markdown writes them: the marker of each (alternating when two lists touch), item
 * numbers from {@code start} and {@code <li value>}, and whether the list may be loose (its items
 * hold paragraphs).
 */
final class Lists {
    private static final class State {
        final boolean ordered;
        final boolean loose;
        char marker;
        int number;

        State(boolean ordered, boolean loose, char marker, int number) {
            this.ordered = ordered;
            this.loose = loose;
            this.marker = marker;
            this.number = number;
        }
    }

    private final BlockPrinter printer;
    private final char bullet;
    private final Deque<State> open = new ArrayDeque<>();

    Lists(BlockPrinter printer, char bullet) {
        this.printer = printer;
        this.bullet = bullet;
    }

    /** Opens {@code <ul>} or {@code <ol>}. */
    void open(Element el) {
        boolean ordered = el.normalName().equals("ol");
        boolean loose = false;
        Element first = null;
        for (Element child : el.children()) {
            if (!child.normalName().equals("li")) {
                continue;
            }
            if (first == null) {
                first = child;
            }
            for (Element grandchild : child.children()) {
                if (grandchild.normalName().equals("p")) {
                    loose = true;
                    break;
                }
            }
            if (loose) {
                break;
            }
        }
        Integer startAttr = ordered ? intAttr(el, "start") : null;
        int start = startAttr == null ? 1 : Math.max(0, startAttr);
        char preferred = ordered ? '.' : bullet;
        char alternative = ordered ? ')' : bullet == '-' ? '*' : '-';
        char marker = printer.openList(preferred, alternative, loose, first != null && (!ordered || start == 1));
        open.push(new State(ordered, loose, marker, start));
    }

    void close() {
        open.pop();
    }

    /** Opens an item of the innermost list: false for a {@code <li>} outside a list. */
    boolean openItem(Element el) {
        State list = open.peek();
        if (list == null) {
            return false;
        }
        if (printer.listBrokenByText()) {
            // A new list to a reader, which a second run marks as it marks any list after text.
            list.marker = list.ordered ? printer.restartList('.', ')')
                    : printer.restartList(bullet, bullet == '-' ? '*' : '-');
        }
        String marker;
        if (list.ordered) {
            Integer value = intAttr(el, "value");
            if (value != null && value != list.number && value >= 0) {
                // Markdown numbers items by the first one: a jump needs a list of its own.
                printer.close();
                list.marker = printer.openList('.', ')', list.loose, false);
                list.number = value;
            }
            marker = Math.max(0, Math.min(list.number, 999_999_999)) + String.valueOf(list.marker) + " ";
            list.number++;
        } else {
            marker = list.marker + " ";
        }
        printer.openItem(marker);
        return true;
    }

    private static Integer intAttr(Element el, String name) {
        if (!el.hasAttr(name)) {
            return null;
        }
        try {
            return Integer.parseInt(el.attr(name).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
