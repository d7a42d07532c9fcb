package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/install-hook}: a plain git hook running {@code conv fix --check} on what is staged,
 * with the staged .conv.yml; an existing hook is kept unless --force.
 */
class InstallHookTest {
    private static final Path SCRIPT = Path.of("scripts/install-hook").toAbsolutePath();

    @TempDir
    Path dir;

    Path repo;
    Map<String, String> env;

    @BeforeEach
    void repository() throws IOException {
        assumeTrue(Exec.available("git"), "git is not installed");
        Path conv = dir.resolve("bin/conv");
        Files.createDirectories(conv.getParent());
        Files.writeString(conv, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' dev.conv.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(conv, PosixFilePermissions.fromString("rwxr-xr-x"));
        env = Map.of("CONV", conv.toString(), "GIT_CONFIG_GLOBAL", dir.resolve("gitconfig").toString(),
                "GIT_CONFIG_NOSYSTEM", "1", "HOME", dir.toString());
        repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("pages"));
        git("init", "-q");
        git("config", "user.email", "test@example.com");
        git("config", "user.name", "Test");
        git("config", "commit.gpgsign", "false");
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean, links]\n");
        Files.writeString(repo.resolve("pages/a.md"), FixCommandTest.FIXED);
        git("add", "-A");
        git("commit", "-q", "-m", "start");
    }

    @Test
    void theHookRefusesAStagedPageFixWouldChangeAndPassesOnceFixed() throws IOException {
        Exec install = Exec.run(repo, env, SCRIPT.toString());
        assertThat(install.exitCode()).as(install.output()).isZero();
        assertThat(install.output()).contains(".git/hooks/pre-commit");

        Files.writeString(repo.resolve("pages/my page.md"), FixCommandTest.DIRTY);
        git("add", "--", "pages/my page.md");
        Files.writeString(repo.resolve("pages/my page.md"), FixCommandTest.FIXED); // fixed on disk, not staged
        Exec refused = Exec.run(repo, env, "git", "commit", "-m", "dirty");
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("conv: these staged files would change under 'conv fix':\n  pages/my page.md\n");

        // The staged configuration counts: with only clean, the link's tracking parameter may stay.
        git("add", "--", "pages/my page.md");
        Exec passed = Exec.run(repo, env, "git", "commit", "-m", "fixed");
        assertThat(passed.exitCode()).as(passed.output()).isZero();
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean]\n");
        Files.writeString(repo.resolve("pages/b.md"), "[x](https://e.example/p?utm_source=feed)\n");
        git("add", "-A");
        Exec cleanOnly = Exec.run(repo, env, "git", "commit", "-m", "clean only");
        assertThat(cleanOnly.exitCode()).as(cleanOnly.output()).isZero();
    }

    @Test
    void anExistingHookIsKeptUnlessForced() throws IOException {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\nexit 0\n");
        Exec kept = Exec.run(repo, env, SCRIPT.toString());
        assertThat(kept.exitCode()).isEqualTo(1);
        assertThat(kept.output()).contains("already exists; left as it is (--force replaces it)");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nexit 0\n");
        Exec forced = Exec.run(repo, env, SCRIPT.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        assertThat(Files.readString(hook)).contains("fix --check");
        assertThat(Exec.run(dir, env, SCRIPT.toString(), dir.toString()).exitCode()).isEqualTo(2);
    }

    private void git(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Exec r = Exec.run(repo, env, command);
        assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.output()).isZero();
    }
}
