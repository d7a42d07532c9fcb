package dev.conv.run;

import java.util.List;

/**
 * What {@link FileSet#collect} found: the files, sorted by path with no file twice, and one line per
 * argument or path that could not be used, naming it ({@code docs/x.md: no such file or
 * directory}, {@code docs/private: permission denied}, {@code pages/*.md: no matching files}).
 */
public record Selection(List<InputFile> files, List<String> problems) {
    public Selection {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
