package dev.conv.cli;

import dev.conv.page.SourceKind;
import dev.conv.run.InputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code --out-dir} puts each input's Markdown (the input layout mirrored, the extension
 * made {@code .md}), and which inputs would land on one file: {@code a.html} and {@code a.htm},
 * {@code a.md} and {@code a.html}, two {@code index.html} named as files, two names that differ
 * only in bytes that are not UTF-8. Whatever the cause, equal targets are caught here.
 */
final class OutDirTargets {
    private final Path outDir;

    OutDirTargets(Path outDir) {
        this.outDir = outDir;
    }

    Path of(InputFile file) {
        String name = SourceKind.withoutExtension(file.relative().getFileName().toString());
        Path parent = file.relative().getParent();
        return (parent == null ? outDir : outDir.resolve(parent)).resolve(name + ".md");
    }

    /** Each target that two or more of {@code files} would be written to, with those files in order. */
    Map<Path, List<InputFile>> collisions(List<InputFile> files) {
        Map<Path, List<InputFile>> byTarget = new LinkedHashMap<>();
        for (InputFile file : files) {
            byTarget.computeIfAbsent(of(file).normalize(), t -> new ArrayList<>()).add(file);
        }
        byTarget.values().removeIf(group -> group.size() < 2);
        return byTarget;
    }
}
