package dev.conv.run;

import java.nio.file.Path;

/**
 * A file to process and where it sits under the argument that found it, so outputs can mirror the
 * input layout.
 *
 * @param path     the file as the user will recognise it: the argument joined with the path below
 *                 it ({@code docs/guide/a.md} for argument {@code docs}); relative if the argument
 *                 was
 * @param relative the path below the directory argument ({@code guide/a.md}), below a glob's
 *                 literal directory ({@code x/a.md} for {@code 'pages/**}{@code /*.md'} finding
 *                 {@code pages/x/a.md}), or just the file name for a file argument
 */
public record InputFile(Path path, Path relative) {
}
