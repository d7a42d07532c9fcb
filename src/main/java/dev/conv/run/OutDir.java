package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.step.Artifact;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Mirrors the input layout under a directory, renaming each file (html2md: {@code a.html} to
 * {@code a.md}); output is UTF-8. Two inputs that would land on one output are found before
 * anything is written, so neither silently wins.
 */
public final class OutDir implements Destination, ArtifactCheck.Place {
    private final Path dir;
    private final UnaryOperator<String> rename;
    private final boolean everyPage;
    private final ArtifactFiles.Log log;

    /** @param rename the output file name for an input file name */
    public OutDir(Path dir, UnaryOperator<String> rename) {
        this(dir, rename, true, ArtifactFiles.Log.NONE);
    }

    private OutDir(Path dir, UnaryOperator<String> rename, boolean everyPage, ArtifactFiles.Log log) {
        this.dir = dir;
        this.rename = rename;
        this.everyPage = everyPage;
        this.log = log;
    }

    /**
     * A mirror for a step whose main output is its artifacts (qr): a page is written only when
     * its step changed it and its mirrored file does not already hold those bytes; each artifact
     * goes beside the page's mirrored place, {@code log} told of it.
     */
    public static OutDir forArtifacts(Path dir, ArtifactFiles.Log log) {
        return new OutDir(dir, UnaryOperator.identity(), false, log);
    }

    @Override
    public Path target(InputFile file) {
        Path relative = file.relative();
        String name = rename.apply(relative.getFileName().toString());
        Path parent = relative.getParent();
        return (parent == null ? dir : dir.resolve(parent)).resolve(name);
    }

    /**
     * Inputs that share an output, by output; each list holds two inputs or more. Final paths are
     * compared, so a collision is found whatever made it: {@code a.html} and {@code a.htm}, two
     * {@code index.html} from two arguments, or names that differ only in bytes that are not UTF-8
     * (Java reads each such byte as U+FFFD, so the output name cannot keep them apart).
     */
    public Map<Path, List<InputFile>> collisions(List<InputFile> files) {
        Map<Path, List<InputFile>> byTarget = new LinkedHashMap<>();
        for (InputFile f : files) {
            byTarget.computeIfAbsent(target(f).toAbsolutePath().normalize(), t -> new ArrayList<>()).add(f);
        }
        byTarget.values().removeIf(inputs -> inputs.size() < 2);
        return byTarget;
    }

    @Override
    public void write(InputFile file, StepResult result) throws IOException {
        if (everyPage) {
            stream(file, out -> out.write(result.page().text().getBytes(StandardCharsets.UTF_8)));
        } else if (result.changed()) {
            Path target = target(file);
            Files.createDirectories(target.getParent());
            ArtifactFiles.write(target, result.page().encoding().encode(result.page().text()));
        }
        for (Artifact artifact : result.artifacts()) {
            Path target = artifactTarget(file, artifact);
            log.artifact(file, target, ArtifactFiles.write(target, artifact), artifact);
        }
    }

    /** Beside the page's mirrored place, and never out of the output directory. */
    @Override
    public Path artifactTarget(InputFile file, Artifact artifact) throws IOException {
        return ArtifactFiles.target(dir, target(file).getParent(), artifact);
    }

    @Override
    public boolean streams() {
        return everyPage;
    }

    @Override
    public void stream(InputFile file, AtomicWriter.Content content) throws IOException {
        Path target = target(file);
        Files.createDirectories(target.getParent());
        AtomicWriter.write(target, content);
    }
}
