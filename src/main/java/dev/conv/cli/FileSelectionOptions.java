package dev.conv.cli;

import dev.conv.run.FileSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/** Which files a directory argument stands for: the walk's filters, shared by bulk commands. */
final class FileSelectionOptions {
    /** What the PATH arguments of a bulk command may be: one text for the annotations and the coded models. */
    static final String PATHS = "Files, directories (walked for .html .htm .xhtml .md .markdown .mdown .mkd, honouring .gitignore) or globs.";

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only files matching GLOB (repeatable; replaces the default extensions). "
                    + "A pattern without / matches the name at any depth, like .gitignore.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching GLOB (repeatable; wins over --include).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-ignore", description = "Do not honour .gitignore, .git/info/exclude and .convignore.")
    boolean noIgnore;

    @Option(names = {"-L", "--follow"}, description = "Follow symbolic links that stay inside the tree.")
    boolean follow;

    FileSet fileSet(Collection<String> extensions) {
        return fileSet(extensions, null, include, exclude);
    }

    /** The command line's globs, never walking into {@code excluded} (an output directory), or null. */
    FileSet fileSet(Collection<String> extensions, java.nio.file.Path excluded) {
        return fileSet(extensions, excluded, include, exclude);
    }

    /** With the include and exclude globs of the effective configuration (the command line's, else a file's). */
    FileSet fileSet(Collection<String> extensions, java.nio.file.Path excluded, dev.conv.config.Settings settings) {
        return fileSet(extensions, excluded, settings.strings("include"), settings.strings("exclude"));
    }

    /** @param excluded a directory never walked into (an output directory inside the input tree), or null */
    private FileSet fileSet(Collection<String> extensions, java.nio.file.Path excluded, List<String> include,
                            List<String> exclude) {
        try {
            FileSet.Builder b = FileSet.builder().extensions(extensions).include(include).exclude(exclude)
                    .respectIgnoreFiles(!noIgnore).followSymlinks(follow);
            if (excluded != null) {
                b.excluding(excluded);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
