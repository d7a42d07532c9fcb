package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * conv's process ends with its exit code and all its output, without the JVM's exit logging: on
 * JDK 21 and later System.exit first looks up a System.Logger (a service scan of the class path),
 * a tenth of a 2 KB page's run.
 */
class ExitTest {
    @TempDir
    Path dir;

    @Test
    void theProcessEndsWithItsCodeAndOutputAndNoExitLogging() throws IOException {
        Optional<Path> java = javaAtLeast(21);
        assumeTrue(java.isPresent(), "no JDK 21 or newer here (this JVM or /usr/lib/jvm): exit logging cannot be seen");
        Path page = dir.resolve("page.md");
        Files.writeString(page, "a <font>x</font>\n");

        Exec ok = run(java.get(), "--version");
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("conv ").doesNotContain("jdk.internal.logger");

        Exec changes = run(java.get(), "clean", "--check", page.toString());
        assertThat(changes.exitCode()).as(changes.output()).isEqualTo(1);
        assertThat(changes.output()).contains(page.toString()).doesNotContain("jdk.internal.logger");

        Exec usage = run(java.get(), "clean", "--bogus");
        assertThat(usage.exitCode()).as(usage.output()).isEqualTo(2);
        assertThat(usage.output()).contains("--bogus");
    }

    private static Exec run(Path java, String... args) throws IOException {
        String[] command = Stream.concat(Stream.of(java.toString(), "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()), Stream.of(args)).toArray(String[]::new);
        return Exec.run(Path.of("."), command);
    }

    /** This JVM if new enough, else the newest JDK in /usr/lib/jvm that is. */
    private static Optional<Path> javaAtLeast(int major) {
        if (Runtime.version().feature() >= major) {
            return Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && release(h) >= major)
                    .max(Comparator.comparingInt(ExitTest::release)).map(h -> h.resolve("bin/java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int release(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(l -> l.startsWith("JAVA_VERSION=\"")).findFirst()
                    .map(l -> l.substring("JAVA_VERSION=\"".length()).split("[.\"]")[0])
                    .filter(v -> v.matches("\\d+")).map(Integer::parseInt).orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
