package dev.conv.clean;

/**
 * One thing {@link Clean} did to a page, for {@code -v}, the summary and {@code --report json}.
 *
 * @param line 1-based line in the original page where it happened
 * @param action {@code remove}, {@code unwrap}, {@code retag} or {@code repair}
 * @param kind what it was
 * @param detail its subject: an image URL, a tag name, the entity
 * @param reason the rule that matched, in a few words
 */
public record Change(int line, String action, CleanKind kind, String detail, String reason) {
    @Override
    public String toString() {
        return line + ": " + action + " " + kind.id() + (detail.isEmpty() ? "" : " " + detail)
                + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
