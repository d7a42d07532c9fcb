package dev.conv.step;

import dev.conv.page.Page;
import java.util.List;

/**
 * What a step made of a page.
 *
 * @param page the page after the step
 * @param changes what it did, in page order
 * @param artifacts files to write beside the page
 * @param changed whether the page's text differs from the input's (a check-only step may keep the
 *     input text and still say that it would change)
 */
public record StepResult(Page page, List<Change> changes, List<Artifact> artifacts, boolean changed) {
    public StepResult {
        changes = List.copyOf(changes);
        artifacts = List.copyOf(artifacts);
    }

    /** A result whose {@code changed} is read off the two texts. */
    public static StepResult of(Page before, Page after, List<Change> changes) {
        return new StepResult(after, changes, List.of(), !after.text().equals(before.text()));
    }

    /** Nothing to do: the page as it came. */
    public static StepResult unchanged(Page page) {
        return new StepResult(page, List.of(), List.of(), false);
    }
}
