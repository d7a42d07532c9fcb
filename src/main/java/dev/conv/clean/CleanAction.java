package dev.conv.clean;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * One decision of {@link CleanRules}: what to do with one element of the parsed region.
 *
 * <ul>
 *   <li>{@link Type#REMOVE}: the element, its tags and all its content go.</li>
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
 * @param newStartTag full text of the replacement start tag (RETAG only, else null)
 * @param newTagName name for the replacement end tag (RETAG only, else null)
 * @param copies parser-made copies of the element sharing its start tag
 */
public record CleanAction(Element element, Type type, CleanKind kind, String detail, String reason,
                          String newStartTag, String newTagName, List<Element> copies) {

    public enum Type { REMOVE, UNWRAP, RETAG }

    public CleanAction {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
        reason = reason == null ? "" : reason;
        copies = copies == null ? List.of() : List.copyOf(copies);
        if ((type == Type.RETAG) != (newStartTag != null && newTagName != null)) {
            throw new IllegalArgumentException("RETAG needs newStartTag and newTagName, other types neither");
        }
    }

    static CleanAction remove(Element el, CleanKind kind, String detail, String reason, List<Element> copies) {
        return new CleanAction(el, Type.REMOVE, kind, detail, reason, null, null, copies);
    }

    static CleanAction unwrap(Element el, CleanKind kind, String detail, String reason, List<Element> copies) {
        return new CleanAction(el, Type.UNWRAP, kind, detail, reason, null, null, copies);
    }

    static CleanAction retag(Element el, CleanKind kind, String detail, String reason, String newStartTag,
                             String newTagName, List<Element> copies) {
        return new CleanAction(el, Type.RETAG, kind, detail, reason, newStartTag, newTagName, copies);
    }

    /** One line for {@code -v}: {@code remove tracking-pixel http://x/a.md (0x0)}. */
    @Override
    public String toString() {
        String verb = type.name().toLowerCase(java.util.Locale.ROOT);
        String s = verb + " " + kind.id() + " " + detail;
        if (type == Type.RETAG) {
            s += " -> " + newStartTag;
        }
        return reason.isEmpty() ? s : s + " (" + reason + ")";
    }
}
