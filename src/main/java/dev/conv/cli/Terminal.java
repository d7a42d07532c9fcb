package dev.conv.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Which of conv's streams are terminals, and whether colour is welcome there. Java cannot tell
 * whether stdin or stderr alone is a terminal, so {@code scripts/conv} says so with
 * {@code -Dconv.stdin.tty} and {@code -Dconv.tty}; started otherwise, a console on stdin and
 * stdout has to do. Colour is off when {@code NO_COLOR} is set to anything (no-color.org).
 *
 * @param stdin  stdin is a terminal: reading it waits for the user to type
 * @param stderr stderr is a terminal a progress bar may draw on
 * @param color  colour may be used on stderr
 */
record Terminal(boolean stdin, boolean stderr, boolean color) {
    static final Terminal NONE = new Terminal(false, false, false);

    static Terminal detect(InputStream in, PrintStream err) {
        String term = System.getenv("TERM");
        boolean smart = term != null && !"dumb".equals(term);
        String stdinProperty = System.getProperty("conv.stdin.tty");
        boolean stdin = in == System.in && (stdinProperty != null ? Boolean.parseBoolean(stdinProperty) : System.console() != null);
        boolean stderr = err == System.err && smart && (Boolean.getBoolean("conv.tty") || System.console() != null);
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(stdin, stderr, stderr && (noColor == null || noColor.isEmpty()));
    }
}
