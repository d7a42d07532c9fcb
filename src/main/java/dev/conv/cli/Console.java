package dev.conv.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The streams a command talks to, passed in rather than taken from System so the CLI runs in
 * process under test. Messages to the user go to {@link #err} as {@code conv: ...} lines.
 */
public final class Console {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workDir;

    public Console(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, Path.of("").toAbsolutePath());
    }

    /** A console whose working directory is {@code workDir}, as if conv had been started there. */
    Console(InputStream in, PrintStream out, PrintStream err, Path workDir) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.workDir = workDir.toAbsolutePath().normalize();
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** The directory conv was started in: paths shown for the user to act on are relative to it. */
    public Path workDir() {
        return workDir;
    }

    /** One line on stderr, prefixed {@code conv: }. */
    public void error(String message) {
        synchronized (err) {
            err.println("conv: " + message);
            err.flush();
        }
    }

    /**
     * True when stderr is a terminal a progress bar may draw on: {@code scripts/conv} says so
     * with {@code -Dconv.tty=true}; started otherwise, a console on stdin and stdout has to do.
     */
    public boolean interactive() {
        boolean terminal = Boolean.getBoolean("conv.tty") || System.console() != null;
        return err == System.err && terminal && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }
}
