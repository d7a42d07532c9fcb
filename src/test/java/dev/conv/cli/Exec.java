package dev.conv.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process run to its end: exit code and what it printed (stdout and stderr together). */
record Exec(int exitCode, String output) {
    static Exec run(Path cwd, Map<String, String> env, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Exec(-1, output + "\n(timed out)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Exec(-1, output + "\n(interrupted)");
        }
        return new Exec(p.exitValue(), output);
    }

    static Exec run(Path cwd, String... command) throws IOException {
        return run(cwd, Map.of(), command);
    }

    /** Whether {@code program --version} runs. */
    static boolean available(String program) {
        try {
            return run(Path.of("."), program, "--version").exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
