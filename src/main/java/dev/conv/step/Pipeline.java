package dev.conv.step;

import java.util.ArrayList;
import java.util.List;
import dev.conv.page.Page;

/**
 * Steps applied in order as one step: each gets the page the one before it made; changes and
 * artifacts are gathered in step order. A page is changed when any step changed it.
 */
public final class Pipeline implements Step {
    private final List<Step> steps;

    public Pipeline(List<? extends Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one step");
        }
        this.steps = List.copyOf(steps);
    }

    public static Pipeline of(Step... steps) {
        return new Pipeline(List.of(steps));
    }

    public List<Step> steps() {
        return steps;
    }

    @Override
    public String name() {
        List<String> names = new ArrayList<>();
        steps.forEach(s -> names.add(s.name()));
        return String.join("+", names);
    }

    @Override
    public StepResult apply(Page page) {
        Page current = page;
        List<Change> changes = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        boolean changed = false;
        for (Step step : steps) {
            StepResult r = step.apply(current);
            current = r.page();
            changes.addAll(r.changes());
            artifacts.addAll(r.artifacts());
            changed |= r.changed();
        }
        return new StepResult(current, changes, artifacts, changed);
    }
}
