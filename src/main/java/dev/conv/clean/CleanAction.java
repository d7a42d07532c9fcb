package dev.conv.clean;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * One decision of {@link CleanRules}: what to do with one element of the parsed region.
 *
 * <ul>
 *   <li>{@link Type#REMOVE}: the element, its tags and all its content go, replaced by
 *       {@link #replacement()}: normally nothing, but {@code </p>} when the removed element's start
 *       tag was what closed an open paragraph and inline content follows it (without the
 *       {@code </p>} that content would join the paragraph).</li>
 *   <li>{@link Type#UNWRAP}: the start and end tags go, the content stays.</li>
 *   <li>{@link Type#RETAG}: the start tag is replaced by {@link #newStartTag()} and the end tag,
 *       when there is one, by {@code </}{@link #newTagName()}{@code >}.</li>
 * </ul>
 *
 * <p>{@link #copies()} lists the elements the parser made from the same start tag (the HTML
 * adoption agency clones formatting elements such as {@code <font>} across misnested block
 * tags; a copy has the same {@code sourceRange()}): for UNWRAP and RETAG their explicit end
 * tags belong to this action too. It is empty in all but such misnested input.
 *
 * @param element the element, part of the DOM given to {@link CleanRules#decide}
 * @param type what to do
 * @param kind why, for reporting
 * @param detail short subject for reports: the src of a pixel, the tag name, the selector...
 * @param reason which rule matched, in a few words ("0x0", "tracker host doubleclick.net", "calls gtag")
 * @param replacement text written where a REMOVEd element was ("" or "</p>"; "" for other types)
 * @param newStartTag full text of the replacement start tag (RETAG only, else null)
 * @param newTagName name for the replacement end tag (RETAG only, else null)
 * @param copies parser-made copies of the element sharing its start tag
 */
public record CleanAction(Element element, Type type, CleanKind kind, String detail, String reason,
                          String replacement, String newStartTag, String newTagName, List<Element> copies) {

    public enum Type { REMOVE, UNWRAP, RETAG }

    public CleanAction {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
        reason = reason == null ? "" : reason;
        replacement = replacement == null ? "" : replacement;
        if (type != Type.REMOVE && !replacement.isEmpty()) {
            throw new IllegalArgumentException("only REMOVE has a replacement");
        }
        copies = copies == null ? List.of() : List.copyOf(copies);
        if ((type == Type.RETAG) != (newStartTag != null && newTagName != null)) {
            throw new IllegalArgumentException("RETAG needs newStartTag and newTagName, other types neither");
        }
    }

    static CleanAction remove(Element el, CleanKind kind, String detail, String reason, String replacement,
                              List<Element> copies) {
        return new CleanAction(el, Type.REMOVE, kind, detail, reason, replacement, null, null, copies);
    }

    static CleanAction unwrap(Element el, CleanKind kind, String detail, String reason, List<Element> copies) {
        return new CleanAction(el, Type.UNWRAP, kind, detail, reason, "", null, null, copies);
    }

    static CleanAction retag(Element el, CleanKind kind, String detail, String reason, String newStartTag,
                             String newTagName, List<Element> copies) {
        return new CleanAction(el, Type.RETAG, kind, detail, reason, "", newStartTag, newTagName, copies);
    }

    /** One line for {@code -v}: {@code remove tracking-pixel http://x/a.md (0x0)}. */
    @Override
    public String toString() {
        String verb = type.name().toLowerCase(java.util.Locale.ROOT);
        String s = verb + " " + kind.id() + " " + detail;
        if (type == Type.RETAG) {
            s += " -> " + newStartTag;
        } else if (!replacement.isEmpty()) {
            s += " -> " + replacement;
        }
        return reason.isEmpty() ? s : s + " (" + reason + ")";
    }
}
