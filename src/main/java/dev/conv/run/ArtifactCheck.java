package dev.conv.run;

import dev.conv.step.Artifact;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A check run's destination for artifacts: writes nothing, and tells the log which artifacts
 * another destination would write (missing or stale) and which are current.
 */
public final class ArtifactCheck implements Destination {
    /** Where a destination puts a file's artifact. */
    public interface Place {
        Path artifactTarget(InputFile file, Artifact artifact) throws IOException;
    }

    private final Place place;
    private final ArtifactFiles.Log log;

    public ArtifactCheck(Place place, ArtifactFiles.Log log) {
        this.place = place;
        this.log = log;
    }

    @Override
    public void write(InputFile file, StepResult result) throws IOException {
        for (Artifact artifact : result.artifacts()) {
            Path target = place.artifactTarget(file, artifact);
            log.artifact(file, target, ArtifactFiles.state(target, artifact), artifact);
        }
    }
}
