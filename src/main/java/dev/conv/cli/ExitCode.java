package dev.conv.cli;

/** conv's exit codes, documented in the README. */
public final class ExitCode {
    /** Everything worked; under --check, nothing would change. */
    public static final int OK = 0;
    /** Some file failed, or under --check some file would change. */
    public static final int FAILED = 1;
    /** Bad usage or setup: unknown option, bad value, output directory not writable. */
    public static final int USAGE = 2;
    /** A bug in conv: an unexpected exception (details with --debug). */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
