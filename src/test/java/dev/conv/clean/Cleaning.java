package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Test helpers: parse as the editor does, decide, and apply the actions the way the span-preserving
 * editor will (byte ranges of the source), so tests see the cleaned text and can decide again.
 */
final class Cleaning {
    private Cleaning() {
    }

    static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    static List<CleanAction> decide(String html) {
        return decide(html, CleanPolicy.defaults());
    }

    static List<CleanAction> decide(String html, CleanPolicy policy) {
        return new CleanRules(policy).decide(parse(html));
    }

    /** The source after the actions, edited by source ranges only. */
    static String clean(String html) {
        return clean(html, CleanPolicy.defaults());
    }

    static String clean(String html, CleanPolicy policy) {
        Document doc = parse(html);
        return applyToSource(html, new CleanRules(policy).decide(doc));
    }

    /** The source after the actions, as the span-preserving editor will write it. */
    static String applyToSource(String src, List<CleanAction> actions) {
        return TextEdit.apply(src, CleanEdits.of(actions));
    }

    /** Applies actions to a deep copy of the DOM (the original stays untouched) and returns the copy. */
    static Document applyToCopy(Document doc, List<CleanAction> actions) {
        Document copy = doc.clone();
        List<Element> from = doc.getAllElements();
        List<Element> to = copy.getAllElements();
        assertThat(to).hasSameSizeAs(from);
        java.util.IdentityHashMap<Element, Element> map = new java.util.IdentityHashMap<>();
        for (int i = 0; i < from.size(); i++) {
            map.put(from.get(i), to.get(i));
        }
        for (CleanAction a : actions) {
            List<Element> targets = new ArrayList<>();
            targets.add(map.get(a.element()));
            a.copies().forEach(c -> targets.add(map.get(c)));
            for (Element t : targets) {
                switch (a.type()) {
                    case REMOVE -> t.remove();
                    case UNWRAP -> t.unwrap();
                    case RETAG -> {
                        Element model = Jsoup.parseBodyFragment(a.newStartTag()).body().child(0);
                        Element repl = new Element(Tag.valueOf(a.newTagName()), "");
                        repl.attributes().addAll(model.attributes());
                        repl.appendChildren(new ArrayList<>(t.childNodes()));
                        t.replaceWith(repl);
                    }
                    default -> throw new AssertionError();
                }
            }
        }
        return copy;
    }

    /** Actions as short strings for readable assertions: {@code REMOVE tracking-pixel img}. */
    static List<String> summary(List<CleanAction> actions) {
        return actions.stream()
                .map(a -> a.type() + " " + a.kind().id() + " " + a.element().normalName())
                .toList();
    }
}
