package dev.conv.step;

/**
 * One thing a step did to a page, for {@code -v}, the summary and {@code --report json}.
 *
 * @param step the step's {@linkplain Step#name() name}
 * @param kind what it was
 * @param line 1-based line in the page the step read, or 0 when not tracked
 * @param action {@code remove}, {@code unwrap}, {@code rewrite}, {@code repair}...
 * @param detail its subject: an image URL, a tag name, the entity
 * @param reason the rule that matched, in a few words
 */
public record Change(String step, Kind kind, int line, String action, String detail, String reason) {
    @Override
    public String toString() {
        return line + ": " + action + " " + kind.id() + (detail.isEmpty() ? "" : " " + detail)
                + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
