package dev.conv.clean;

import dev.conv.page.Page;
import java.util.List;

/** A cleaned page and what was done to it. */
public record CleanResult(Page page, List<Change> changes, boolean changed) {
    public CleanResult {
        changes = List.copyOf(changes);
    }
}
