package dev.conv.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command talks to, passed in rather than taken from System so the CLI runs in
 * process under test. Messages to the user go to {@link #err} as {@code conv: ...} lines.
 */
public final class Console {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public Console(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
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
