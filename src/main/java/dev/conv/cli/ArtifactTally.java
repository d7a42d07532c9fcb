package dev.conv.cli;

import dev.conv.run.ArtifactFiles;
import dev.conv.run.InputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The artifacts a run wrote, left alone or found missing or stale, told in path order at the end. */
final class ArtifactTally implements ArtifactFiles.Log {
    record Entry(Path target, ArtifactFiles.State state) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void artifact(InputFile page, Path target, ArtifactFiles.State state) {
        entries.add(new Entry(target, state));
    }

    synchronized int count(ArtifactFiles.State state) {
        return (int) entries.stream().filter(e -> e.state() == state).count();
    }

    synchronized Map<ArtifactFiles.State, Integer> counts() {
        Map<ArtifactFiles.State, Integer> counts = new EnumMap<>(ArtifactFiles.State.class);
        entries.forEach(e -> counts.merge(e.state(), 1, Integer::sum));
        return counts;
    }

    /** Entries in one of {@code states}, sorted by path. */
    synchronized List<Entry> in(ArtifactFiles.State... states) {
        List<ArtifactFiles.State> wanted = List.of(states);
        return entries.stream().filter(e -> wanted.contains(e.state()))
                .sorted(Comparator.comparing(e -> e.target().toString())).toList();
    }
}
