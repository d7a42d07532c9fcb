package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/conv} in a scratch checkout, with stand-ins for Maven and Java: it says what it
 * is doing and about how long it takes when it must compile first, and nothing when it need not.
 */
class ConvScriptTest {
    @TempDir
    Path dir;

    Path root;
    Map<String, String> env;

    @BeforeEach
    void scratchCheckout() throws IOException {
        root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(Path.of("scripts/conv"), root.resolve("scripts/conv"));
        executable(root.resolve("scripts/conv"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(root.resolve("src/main"));
        Files.writeString(root.resolve("src/main/Source.java"), "class Source {}\n");

        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Files.writeString(bin.resolve("mvn"), "#!/bin/sh\nmkdir -p target && echo jar > target/conv.jar\n");
        executable(bin.resolve("mvn"));
        Path jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n");
        Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\necho \"java ran: $*\"\n");
        executable(jdk.resolve("bin/java"));
        env = Map.of("PATH", bin + ":/usr/bin:/bin", "JAVA_HOME", jdk.toString(), "CONV_NO_CDS", "1");
    }

    @Test
    void theFirstRunSaysItCompilesAndAboutHowLong() throws IOException {
        Exec first = Exec.run(root, env, "bash", "scripts/conv", "--version");
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).startsWith("conv: compiling conv for its first run: about a minute, once\n")
                .containsPattern("\nconv: compiled in \\d+ s\n")
                .endsWith("java ran: -Xss8m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr "
                        + "-Dconv.stdin.tty=false -jar " + root.resolve("target/conv.jar") + " --version\n");

        Exec second = Exec.run(root, env, "bash", "scripts/conv", "--version");
        assertThat(second.output()).startsWith("java ran: ");
    }

    @Test
    void changedSourcesSayTheyAreRecompiled() throws IOException {
        Exec.run(root, env, "bash", "scripts/conv", "--version");
        Files.setLastModifiedTime(root.resolve("target/conv.jar"), FileTime.fromMillis(1_000_000_000_000L));
        Exec again = Exec.run(root, env, "bash", "scripts/conv", "--version");
        assertThat(again.output()).startsWith("conv: the sources changed since target/conv.jar was built: "
                + "compiling conv again, about a minute\n");
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
