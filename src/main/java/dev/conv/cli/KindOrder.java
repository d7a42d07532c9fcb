package dev.conv.cli;

import dev.conv.step.Kind;
import java.util.Comparator;

/** Summary order of change kinds: a step's kinds in their declared order, steps by id. */
enum KindOrder implements Comparator<Kind> {
    INSTANCE;

    @Override
    public int compare(Kind a, Kind b) {
        if (a instanceof Enum<?> x && b instanceof Enum<?> y && x.getDeclaringClass() == y.getDeclaringClass()) {
            return Integer.compare(x.ordinal(), y.ordinal());
        }
        return a.getClass() == b.getClass() ? a.id().compareTo(b.id()) : a.getClass().getName().compareTo(b.getClass().getName());
    }
}
