package dev.conv.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs conv in process with captured streams. */
record CliRun(int exitCode, String out, String err) {
    static CliRun run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(byte[] stdin, String... args) {
        return runIn(Path.of("").toAbsolutePath(), stdin, args);
    }

    /** As if conv were started in {@code workDir} (relative arguments still resolve against the real one). */
    static CliRun runIn(Path workDir, String stdin, String... args) {
        return runIn(workDir, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun runIn(Path workDir, byte[] stdin, String... args) {
        return runOn(Terminal.NONE, workDir, stdin, args);
    }

    /** As if the streams were terminals as {@code terminal} says. */
    static CliRun runOn(Terminal terminal, String stdin, String... args) {
        return runOn(terminal, Path.of("").toAbsolutePath(), stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** As if started in {@code workDir} with the streams terminals as {@code terminal} says. */
    static CliRun runOn(Terminal terminal, Path workDir, String stdin, String... args) {
        return runOn(terminal, workDir, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private static CliRun runOn(Terminal terminal, Path workDir, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workDir, terminal);
        int code = Main.run(console, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
