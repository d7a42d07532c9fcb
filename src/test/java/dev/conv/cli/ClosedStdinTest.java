package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Started with stdin closed ({@code conv html2md <&-}), the JVM hands fd 0 to the first file it
 * opens, its own {@code lib/modules}: conv must say that stdin is closed, not that the page is
 * larger than --max-size.
 */
class ClosedStdinTest {
    @Test
    void aClosedStdinIsNamedAsSuch() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Exec r = Exec.run(Path.of("."), "/bin/sh", "-c", "exec \"$0\" -cp \"$1\" dev.conv.cli.Main html2md <&-",
                java, System.getProperty("java.class.path"));
        assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).isEqualTo("conv: -: cannot read: stdin is closed\n");
    }

    @Test
    void filesTheJvmOpenedForItselfAreToldApartFromAPipedFile() {
        Path home = Path.of("/usr/lib/jvm/jdk");
        assertThat(Console.ClosedStdin.isJvmsOwn(home.resolve("lib/modules"), home, "/x/conv.jar")).isTrue();
        assertThat(Console.ClosedStdin.isJvmsOwn(Path.of("/x/target/conv-cds-1-2.jsa"), home, "/x/conv.jar")).isTrue();
        assertThat(Console.ClosedStdin.isJvmsOwn(Path.of("/x/conv.jar"), home, "/x/conv.jar")).isTrue();
        assertThat(Console.ClosedStdin.isJvmsOwn(Path.of("/home/me/page.html"), home, "/x/conv.jar")).isFalse();
        assertThat(Console.ClosedStdin.isJvmsOwn(Path.of("pipe:[1234]"), home, "/x/conv.jar")).isFalse();
    }
}
