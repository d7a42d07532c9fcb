package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.step.Artifact;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a changed page back over its file, in the file's own charset and BOM, and each artifact
 * beside it. A file edited while its step ran (an editor saved it, a second conv ran) is left as it
 * is: its size, mtime and content are taken before it is read and compared before the rename. An
 * artifact whose file already holds the same bytes is left alone, so its mtime stays and git sees
 * nothing.
 */
public final class InPlace implements Destination, ArtifactCheck.Place {
    private final Map<Path, Fingerprint> read = new ConcurrentHashMap<>();
    private final ArtifactFiles.Log log;

    public InPlace() {
        this(ArtifactFiles.Log.NONE);
    }

    /** @param log told of each artifact written or left as it was */
    public InPlace(ArtifactFiles.Log log) {
        this.log = log;
    }

    @Override
    public void beforeRead(InputFile file) throws IOException {
        read.put(file.path(), Fingerprint.of(file.path()));
    }

    @Override
    public void write(InputFile file, StepResult result) throws IOException {
        Fingerprint before = read.remove(file.path());
        // every artifact's place is checked first, so a refused one leaves the page as it was too
        java.util.List<Path> targets = new java.util.ArrayList<>();
        for (Artifact artifact : result.artifacts()) {
            Path target = artifactTarget(file, artifact);
            ArtifactFiles.check(target, artifact);
            targets.add(target);
        }
        if (result.changed()) {
            AtomicWriter.write(file.path(), result.page().encoding().encode(result.page().text()), () -> {
                if (before != null && !before.equals(Fingerprint.of(file.path()))) {
                    throw new ChangedMeanwhileException(file.path());
                }
            });
        }
        for (int i = 0; i < targets.size(); i++) {
            Artifact artifact = result.artifacts().get(i);
            log.artifact(file, targets.get(i), ArtifactFiles.write(targets.get(i), artifact), artifact);
        }
    }

    /** Beside the page, and never outside its directory. */
    @Override
    public Path artifactTarget(InputFile file, Artifact artifact) throws IOException {
        return ArtifactFiles.target(file.path().toAbsolutePath().getParent(), artifact);
    }

    /** A file as it was: an edit of the same size within one mtime tick still changes the digest. */
    private record Fingerprint(long size, long mtimeNanos, Object inode, String digest) {
        static Fingerprint of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every JDK has SHA-256
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            return new Fingerprint(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    a.fileKey(), java.util.HexFormat.of().formatHex(sha.digest()));
        }
    }

    /** The file was changed by someone else after conv read it. */
    static final class ChangedMeanwhileException extends IOException {
        ChangedMeanwhileException(Path file) {
            super(file + ": changed while conv worked on it");
        }
    }
}
