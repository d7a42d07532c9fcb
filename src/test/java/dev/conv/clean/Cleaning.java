package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
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

    record Edit(int from, int to, String text) {
    }

    /** Turns actions into range edits as the lead's editor does, checks they do not overlap, applies them. */
    static String applyToSource(String src, List<CleanAction> actions) {
        List<Edit> edits = new ArrayList<>();
        for (CleanAction a : actions) {
            Element el = a.element();
            Range start = el.sourceRange();
            Range end = el.endSourceRange();
            assertThat(start.isTracked() && !start.isImplicit()).as("action on a source tag: %s", a).isTrue();
            boolean explicitEnd = end.isTracked() && !end.isImplicit() && end.startPos() >= start.endPos()
                    && !(end.startPos() == start.startPos());
            switch (a.type()) {
                case REMOVE -> edits.add(new Edit(start.startPos(), explicitEnd ? end.endPos() : contentEnd(el), ""));
                case UNWRAP, RETAG -> {
                    String open = a.type() == CleanAction.Type.RETAG ? a.newStartTag() : "";
                    String close = a.type() == CleanAction.Type.RETAG ? "</" + a.newTagName() + ">" : "";
                    edits.add(new Edit(start.startPos(), start.endPos(), open));
                    if (explicitEnd) {
                        edits.add(new Edit(end.startPos(), end.endPos(), close));
                    }
                    for (Element copy : a.copies()) {
                        Range ce = copy.endSourceRange();
                        if (ce.isTracked() && !ce.isImplicit() && ce.startPos() > start.startPos()) {
                            edits.add(new Edit(ce.startPos(), ce.endPos(), close));
                        }
                    }
                }
                default -> throw new AssertionError(a.type());
            }
        }
        edits.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to));
        for (int i = 1; i < edits.size(); i++) {
            assertThat(edits.get(i).from()).as("edits overlap: %s and %s", edits.get(i - 1), edits.get(i))
                    .isGreaterThanOrEqualTo(edits.get(i - 1).to());
        }
        StringBuilder out = new StringBuilder(src);
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit e = edits.get(i);
            out.replace(e.from(), e.to(), e.text());
        }
        return out.toString();
    }

    /** Where an element without an end tag ends: after its last descendant. */
    private static int contentEnd(Element el) {
        int end = el.sourceRange().endPos();
        for (Node n : el.nodeStream().toList()) {
            Range r = n.sourceRange();
            if (r.isTracked()) {
                end = Math.max(end, r.endPos());
            }
            if (n instanceof Element e && e.endSourceRange().isTracked()) {
                end = Math.max(end, e.endSourceRange().endPos());
            }
        }
        return end;
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
