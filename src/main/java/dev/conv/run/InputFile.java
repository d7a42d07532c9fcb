package dev.conv.run;

import java.nio.file.Path;

/**
 * A file to process and the argument it was found under, so outputs can mirror its place:
 * {@code relative} is the path below the directory argument (just the file name for a file
 * argument).
 */
public record InputFile(Path path, Path relative) {
}
