package dev.conv.step;

import dev.conv.page.Page;

/**
 * One transformation of a page: clean, links, qr, html2md... Implementations are pure and
 * thread-safe: no I/O, no state shared between calls, so a runner may call one instance from every
 * core at once. Policies are built when the step is made (once per run), not per page.
 */
public interface Step {
    /** The name used in reports and in a pipeline's configuration: {@code clean}, {@code html2md}. */
    String name();

    StepResult apply(Page page);
}
