package dev.conv.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * Which of conv's streams are terminals, and whether colour is welcome there. Java cannot tell
 * whether stdin or stderr alone is a terminal, so {@code scripts/conv} says so with
 * {@code -Dconv.stdin.tty} and {@code -Dconv.tty} ({@code true} or {@code false}); started otherwise,
 * a console on stdin and stdout has to do. The console is asked only then: on JDK 25 that is a service
 * look-up across the JDK's modules, some twenty classes no archive of conv's holds. Colour is off when
 * {@code NO_COLOR} is set to anything (no-color.org).
 *
 * @param stdin  stdin is a terminal: reading it waits for the user to type
 * @param stderr stderr is a terminal a progress bar may draw on
 * @param color  colour may be used on stderr
 */
record Terminal(boolean stdin, boolean stderr, boolean color) {
    static final Terminal NONE = new Terminal(false, false, false);

    static Terminal detect(InputStream in, PrintStream err) {
        return detect(in == System.in, err == System.err, System.getenv("TERM"), System.getenv("NO_COLOR"),
                System.getProperty("conv.stdin.tty"), System.getProperty("conv.tty"), Terminal::console);
    }

    /**
     * @param stdinTty  {@code conv.stdin.tty}: whether stdin is a terminal, or null when unknown
     * @param stderrTty {@code conv.tty}: whether stderr is a terminal, or null when unknown
     * @param console   whether the JVM has a console, asked only when a property is unknown
     */
    static Terminal detect(boolean systemIn, boolean systemErr, String term, String noColor, String stdinTty,
            String stderrTty, BooleanSupplier console) {
        boolean smart = term != null && !"dumb".equals(term);
        boolean stdin = systemIn && (stdinTty != null ? Boolean.parseBoolean(stdinTty) : console.getAsBoolean());
        boolean stderr = systemErr && smart && (stderrTty != null ? Boolean.parseBoolean(stderrTty) : console.getAsBoolean());
        return new Terminal(stdin, stderr, stderr && (noColor == null || noColor.isEmpty()));
    }

    private static boolean console() {
        return System.console() != null;
    }
}
