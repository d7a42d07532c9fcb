package dev.conv.run;

import java.util.List;

/**
 * What {@link FileSet#collect} found: the files, sorted by path with no file twice; one line per
 * argument or path that could not be used, naming it ({@code docs/x.md: no such file or
 * directory}, {@code docs/private: permission denied}); and apart, the globs that matched no file
 * ({@code pages/*.md}), which are no file and so no failed file either.
 */
public record Selection(List<InputFile> files, List<String> problems, List<String> unmatchedGlobs) {
    public Selection {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        unmatchedGlobs = List.copyOf(unmatchedGlobs);
    }
}
