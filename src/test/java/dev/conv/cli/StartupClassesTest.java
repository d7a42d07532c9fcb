package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hook's run ({@code fix --check}, {@code clean --check} over a few pages) makes no class that a class-data
 * archive cannot keep, beyond the one jsoup makes: no annotation proxy (the commands' models are built in
 * code) and no lambda made inside {@link java.util.Comparator} (its {@code comparing...} methods); such
 * classes are generated again on every start.
 */
class StartupClassesTest {
    @TempDir
    Path dir;

    @Test
    void aHooksRunMakesNoAnnotationProxyAndNoComparatorLambdaOfItsOwn() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\n<div class=\"c\">\n <p><b>x <font>f</font></b></p>\n</div>\n\n"
                + "[l](/x) and [m](https://e.example/?utm_source=y)\n");
        Files.writeString(dir.resolve("b.html"), "<html><body><p>b <font>c</font> <a href=\"/y\">y</a></p>"
                + "<img src=\"https://t.example/p.gif\" width=1 height=1></body></html>\n");
        Files.writeString(dir.resolve("c.md"), "c <span>d</span>\n");
        for (String[] args : new String[][] {{"fix", "--check", "--steps", "clean,links", dir.toString()},
                {"clean", "--check", "-v", dir.toString()}}) {
            Exec run = run(args);
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).as(args[0]).doesNotContain("$Proxy");
            // jsoup's CombiningEvaluator sorts with Comparator.comparingInt on every document's set-up
            assertThat(run.output().lines().filter(l -> l.contains("java.util.Comparator$$Lambda"))).as(args[0]).hasSizeLessThanOrEqualTo(1);
        }
    }

    private static Exec run(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String[] command = Stream.concat(Stream.of(java.toString(), "-Xshare:off", "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()), Stream.of(args)).toArray(String[]::new);
        return Exec.run(Path.of("."), command);
    }
}
