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
    private final Terminal terminal;

    public Console(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, Path.of("").toAbsolutePath());
    }

    /** A console whose working directory is {@code workDir}, as if conv had been started there. */
    Console(InputStream in, PrintStream out, PrintStream err, Path workDir) {
        this(in, out, err, workDir, Terminal.detect(in, err));
    }

    /** A console whose streams are (or are not) terminals as {@code terminal} says. */
    Console(InputStream in, PrintStream out, PrintStream err, Path workDir, Terminal terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.workDir = workDir.toAbsolutePath().normalize();
        this.terminal = terminal;
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

    /** True when stderr is a terminal a progress bar may draw on. */
    public boolean interactive() {
        return terminal.stderr();
    }

    /** Which streams are terminals, and whether colour is welcome. */
    Terminal terminal() {
        return terminal;
    }

    /**
     * Before reading stdin: when it is a terminal, conv would seem to hang, so say once what it
     * waits for.
     */
    void noteTerminalStdin(String command, String argument) {
        if (terminal.stdin()) {
            error(command + ": reading the page from the terminal; end it with Ctrl-D, or give a " + argument
                    + " (conv " + command + " --help)");
        }
    }
}
