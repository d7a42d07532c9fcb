package dev.conv.cli;

import dev.conv.run.ArtifactFiles;
import dev.conv.run.InputFile;
import dev.conv.step.Artifact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The artifacts a run wrote, left alone or found missing or stale, told in path order at the end. */
final class ArtifactTally implements ArtifactFiles.Log {
    /** @param artifact what would be written, kept for --diff only; else null */
    record Entry(Path target, ArtifactFiles.State state, Artifact artifact) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean keep;

    ArtifactTally() {
        this(false);
    }

    /** @param keep keep each missing or stale artifact's bytes (for a diff) */
    ArtifactTally(boolean keep) {
        this.keep = keep;
    }

    @Override
    public synchronized void artifact(InputFile page, Path target, ArtifactFiles.State state, Artifact artifact) {
        boolean pending = state == ArtifactFiles.State.MISSING || state == ArtifactFiles.State.STALE;
        entries.add(new Entry(target, state, keep && pending ? artifact : null));
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
                .sorted((a, b) -> a.target().toString().compareTo(b.target().toString())).toList();
    }
}
