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
        env = Map.of("PATH", bin + ":/usr/bin:/bin", "JAVA_HOME", jdk.toString(), "CONV_NO_CDS", "1",
                "CONV_SYSFS", dir.resolve("sys").toString());
    }

    @Test
    void theFirstRunSaysItCompilesAndAboutHowLong() throws IOException {
        Exec first = Exec.run(root, env, "bash", "scripts/conv", "--version");
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).startsWith("conv: compiling conv for its first run: about a minute, once\n")
                .containsPattern("\nconv: compiled in \\d+ s\n")
                .endsWith("java ran: -Xss8m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr "
                        + "-Dconv.tty=false -Dconv.stdin.tty=false -cp " + root.resolve("target/conv.jar") + " dev.conv.cli.Main --version\n");

        Exec second = Exec.run(root, env, "bash", "scripts/conv", "--version");
        assertThat(second.output()).startsWith("java ran: ");
    }

    /** Huge pages for the heap cut a 1 MB page's CPU by a fifth, where the kernel gives them on request. */
    @Test
    void transparentHugePagesAreUsedWhereTheKernelOffersThem() throws IOException {
        Path thp = dir.resolve("sys/kernel/mm/transparent_hugepage/enabled");
        Files.createDirectories(thp.getParent());
        Files.writeString(thp, "always [madvise] never\n");
        assertThat(Exec.run(root, env, "bash", "scripts/conv", "--version").output())
                .contains("java ran: -Xss8m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr "
                        + "-XX:+UseTransparentHugePages -Dconv.tty=false");
        Files.writeString(thp, "always madvise [never]\n");
        assertThat(Exec.run(root, env, "bash", "scripts/conv", "--version").output())
                .contains("java ran: ").doesNotContain("HugePages");
    }

    /** Found by hand: a build step that read stdin took the page, and the first run wrote nothing. */
    @Test
    void theBuildOnTheFirstRunLeavesTheInputToConv() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("bin/mvn"), "#!/bin/sh\ncat > /dev/null\nmkdir -p target && echo jar > target/conv.jar\n");
        Files.writeString(dir.resolve("jdk/bin/java"), "#!/bin/sh\necho \"java read: $(cat)\"\n");
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<p>the page</p>");
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/conv", "html2md").directory(root.toFile())
                .redirectErrorStream(true).redirectInput(page.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("conv: compiling conv for its first run").endsWith("java read: <p>the page</p>\n");
    }

    @Test
    void changedSourcesSayTheyAreRecompiled() throws IOException {
        Exec.run(root, env, "bash", "scripts/conv", "--version");
        Files.setLastModifiedTime(root.resolve("target/conv.jar"), FileTime.fromMillis(1_000_000_000_000L));
        Exec again = Exec.run(root, env, "bash", "scripts/conv", "--version");
        assertThat(again.output()).startsWith("conv: the sources changed since target/conv.jar was built: "
                + "compiling conv again, about a minute\n");
    }

    @Test
    void aJdk25RunsWithAnAotCacheNamedForTheJarsContent() throws IOException {
        Map<String, String> jdk25 = Map.of("PATH", dir.resolve("bin") + ":/usr/bin:/bin",
                "CONV_JAVA_HOME", fakeJdk("jdk25", "25.0.3", "25.0.3+9-LTS").toString());
        Exec.run(root, jdk25, "bash", "scripts/conv", "--version");
        Exec first = Exec.run(root, jdk25, "bash", "scripts/conv", "--version");
        String cache = cacheFlag(first.output(), "-XX:AOTCache=");
        assertThat(cache).startsWith(root.resolve("target/conv-") + "").endsWith(".aot");
        assertThat(Path.of(cache)).exists();
        assertThat(first.output()).contains("-XX:-AOTReplayTraining -XX:AOTCache=");

        // html2md has a cache of its own, made by a training of html2md alone.
        Exec html2md = Exec.run(root, jdk25, "bash", "scripts/conv", "html2md", "page.html");
        String html2mdCache = cacheFlag(html2md.output(), "-XX:AOTCache=");
        assertThat(html2mdCache).isNotEqualTo(cache).contains("-html2md-").endsWith(".aot");
        assertThat(Path.of(html2mdCache)).hasContent("archive for ArchiveTraining html2md");
        assertThat(Path.of(cache)).hasContent("archive for ArchiveTraining");

        // A rebuilt jar (here as long as the old one): 25.0.3 would map the old cache and run old code.
        Files.writeString(root.resolve("target/conv.jar"), "jaR\n");
        Files.setLastModifiedTime(root.resolve("target/conv.jar"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Exec rebuilt = Exec.run(root, jdk25, "bash", "scripts/conv", "--version");
        String newCache = cacheFlag(rebuilt.output(), "-XX:AOTCache=");
        assertThat(newCache).isNotEqualTo(cache);
        assertThat(Path.of(newCache)).exists();
        assertThat(Path.of(cache)).doesNotExist();
        assertThat(Path.of(html2mdCache)).doesNotExist();
    }

    /**
     * The diagnostic flags that keep method profiles out of the cache and stop their replay thread go
     * only to JDKs known to have them, and never with -XX:+IgnoreUnrecognizedVMOptions, which would
     * hide a mistyped option in a user's JAVA_OPTS.
     */
    @Test
    void aotTrainingFlagsGoOnlyToJdksKnownToHaveThem() throws IOException {
        Path jdk25 = fakeJdk("jdk25", "25.0.3", "25.0.3+9-LTS");
        Map<String, String> env25 = Map.of("PATH", dir.resolve("bin") + ":/usr/bin:/bin", "CONV_JAVA_HOME", jdk25.toString());
        Exec.run(root, env25, "bash", "scripts/conv", "--version");
        Exec.run(root, env25, "bash", "scripts/conv", "html2md", "page.html");
        String calls25 = Files.readString(jdk25.resolve("calls.log"));
        assertThat(calls25).doesNotContain("IgnoreUnrecognizedVMOptions")
                .contains("-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:AOTCacheOutput=")
                .contains("-XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining -XX:AOTCache=");

        Path later = fakeJdk("jdk99", "99.0.1", "99.0.1+3");
        Map<String, String> env99 = Map.of("PATH", dir.resolve("bin") + ":/usr/bin:/bin", "CONV_JAVA_HOME", later.toString(),
                "JAVA_OPTS", "-XX:+UseCompactObjectHeaders");
        Exec.run(root, env99, "bash", "scripts/conv", "--version");
        Exec run = Exec.run(root, env99, "bash", "scripts/conv", "--version");
        assertThat(run.output()).contains("-XX:AOTCache=").contains("-XX:+UseCompactObjectHeaders");
        assertThat(Files.readString(later.resolve("calls.log")))
                .contains("-XX:AOTCacheOutput=")
                .doesNotContain("IgnoreUnrecognizedVMOptions").doesNotContain("AOTReplayTraining")
                .doesNotContain("AOTRecordTraining").doesNotContain("UnlockDiagnosticVMOptions");
    }

    @Test
    void aJdk17RunsWithAnAppCdsArchiveAndAnotherJdksArchiveIsNotUsed() throws IOException {
        Map<String, String> jdk17 = Map.of("PATH", dir.resolve("bin") + ":/usr/bin:/bin",
                "CONV_JAVA_HOME", fakeJdk("jdk17", "17.0.9", "17.0.9+9").toString());
        Exec.run(root, jdk17, "bash", "scripts/conv", "--version");
        String archive = cacheFlag(Exec.run(root, jdk17, "bash", "scripts/conv", "--version").output(),
                "-XX:SharedArchiveFile=");
        assertThat(archive).endsWith(".jsa");

        // The same jar built again: JDK 17 refuses an archive made for the jar's old mtime.
        Files.writeString(Path.of(archive), "old\n");
        Files.setLastModifiedTime(root.resolve("target/conv.jar"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        String again = cacheFlag(Exec.run(root, jdk17, "bash", "scripts/conv", "--version").output(), "-XX:SharedArchiveFile=");
        assertThat(again).isEqualTo(archive);
        assertThat(Path.of(archive)).hasContent("archive for ArchiveTraining");

        Map<String, String> other = Map.of("PATH", dir.resolve("bin") + ":/usr/bin:/bin",
                "CONV_JAVA_HOME", fakeJdk("jdk17b", "17.0.12", "17.0.12+7").toString());
        Exec.run(root, other, "bash", "scripts/conv", "--version");
        String otherArchive = cacheFlag(Exec.run(root, other, "bash", "scripts/conv", "--version").output(),
                "-XX:SharedArchiveFile=");
        assertThat(otherArchive).isNotEqualTo(archive);
    }

    /** A stand-in JDK whose java writes the archive a training run asks for and echoes the rest. */
    private Path fakeJdk(String name, String version, String runtime) throws IOException {
        Path jdk = dir.resolve(name);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=\"" + runtime + "\"\n");
        // A training run writes "archive for ArchiveTraining" and the training's arguments.
        Files.writeString(jdk.resolve("bin/java"), """
                #!/bin/sh
                all="$*" out=''
                echo "$all" >> "${0%/bin/java}/calls.log"
                while [ $# -gt 0 ]; do
                  case $1 in
                    -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) out=${1#*=} ;;
                    dev.conv.cli.ArchiveTraining) shift; break ;;
                  esac
                  shift
                done
                if [ -n "$out" ]; then echo "archive for ArchiveTraining${*:+ $*}" > "$out"; exit 0; fi
                echo "java ran: $all"
                """);
        executable(jdk.resolve("bin/java"));
        return jdk;
    }

    private static String cacheFlag(String output, String flag) {
        assertThat(output).contains(flag);
        String rest = output.substring(output.indexOf(flag) + flag.length());
        return rest.substring(0, rest.indexOf(' '));
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
