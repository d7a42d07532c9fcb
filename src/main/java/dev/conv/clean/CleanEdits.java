package dev.conv.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Turns {@link CleanAction}s into byte-range edits of the parsed source, for an editor that
 * changes only the tags involved. Needs a DOM parsed with position tracking.
 *
 * <ul>
 *   <li>REMOVE: from the start tag to the end of the end tag (or, when the end tag is missing, to
 *       the end of the last descendant), replaced by {@link CleanAction#replacement()}.</li>
 *   <li>UNWRAP: the start tag and, when written, the end tag are deleted, plus the end tags of
 *       {@link CleanAction#copies()}.</li>
 *   <li>RETAG: the start tag becomes {@link CleanAction#newStartTag()}, written end tags become
 *       {@code </newTagName>}.</li>
 * </ul>
 *
 * <p>White space around removed elements is left as it is; trimming lines is the editor's call.
 */
public final class CleanEdits {
    private CleanEdits() {
    }

    /** Sorted, non-overlapping edits for the actions of one {@link CleanRules#decide} call. */
    public static List<TextEdit> of(List<CleanAction> actions) {
        List<TextEdit> edits = new ArrayList<>();
        for (CleanAction a : actions) {
            Element el = a.element();
            Range start = el.sourceRange();
            if (!start.isTracked() || start.isImplicit()) {
                throw new IllegalStateException("no source position for " + a + ": parse with setTrackPosition(true)");
            }
            switch (a.type()) {
                case REMOVE -> edits.add(span(start.startPos(), extentEnd(el), a.replacement()));
                case UNWRAP, RETAG -> {
                    boolean retag = a.type() == CleanAction.Type.RETAG;
                    edits.add(span(start.startPos(), start.endPos(), retag ? a.newStartTag() : ""));
                    String close = retag ? "</" + a.newTagName() + ">" : "";
                    Range end = explicitEndTag(el);
                    if (end != null) {
                        edits.add(span(end.startPos(), end.endPos(), close));
                    }
                    for (Element copy : a.copies()) {
                        Range copyEnd = explicitEndTag(copy);
                        if (copyEnd != null && copyEnd.startPos() >= start.endPos()) {
                            edits.add(span(copyEnd.startPos(), copyEnd.endPos(), close));
                        }
                    }
                }
                default -> throw new IllegalStateException(a.type().toString());
            }
        }
        // not Comparator.comparing...: a lambda made in an interface is never archived, so each run made it again
        edits.sort((a, b) -> a.offset() != b.offset() ? Integer.compare(a.offset(), b.offset()) : Integer.compare(b.end(), a.end()));
        List<TextEdit> out = new ArrayList<>(edits.size());
        int covered = -1;
        for (TextEdit e : edits) {
            if (e.offset() < covered) {
                if (e.end() <= covered) {
                    continue; // inside a removed range (a tag moved by the parser, an end tag of a misnested element)
                }
                throw new IllegalStateException("overlapping edits at " + e);
            }
            out.add(e);
            covered = Math.max(covered, e.end());
        }
        return out;
    }

    /** Where the element's source ends: its end tag, else its last descendant, else its start tag. */
    static int extentEnd(Element el) {
        Range end = el.endSourceRange();
        // jsoup 1.24 gives script, style, textarea and title an end range that starts at the start
        // tag and ends after the end tag: only its end is used here
        if (end.isTracked() && !end.isImplicit() && end.endPos() > el.sourceRange().endPos()) {
            return end.endPos();
        }
        int max = el.sourceRange().endPos();
        for (Node n : el.nodeStream().toList()) {
            Range r = n.sourceRange();
            if (r.isTracked() && !r.isImplicit()) {
                max = Math.max(max, r.endPos());
            }
            if (n != el && n instanceof Element e) {
                Range er = e.endSourceRange();
                if (er.isTracked() && !er.isImplicit()) {
                    max = Math.max(max, er.endPos());
                }
            }
        }
        return max;
    }

    /**
     * The written end tag, or null: missing, a void element's (its "end" is its start tag), or a
     * raw-text element's (jsoup gives those a range covering the whole element; none is unwrapped).
     */
    static Range explicitEndTag(Element el) {
        Range end = el.endSourceRange();
        if (!end.isTracked() || end.isImplicit() || end.startPos() < el.sourceRange().endPos()) {
            return null;
        }
        return end;
    }

    private static TextEdit span(int from, int to, String text) {
        return new TextEdit(from, to - from, text);
    }
}
