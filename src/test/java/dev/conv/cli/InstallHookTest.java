package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    ScratchRepo scratch;
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        scratch = ScratchRepo.init(dir, "repo");
        repo = scratch.root();
        scratch.write(".conv.yml", "steps: [clean, links]\n");
        scratch.write("pages/a.md", FixCommandTest.FIXED);
        git("add", "-A");
        git("commit", "-q", "-m", "start");
    }

    @Test
    void theHookRefusesAStagedPageFixWouldChangeAndPassesOnceFixed() throws IOException {
        Exec install = scratch.run(SCRIPT.toString());
        assertThat(install.exitCode()).as(install.output()).isZero();
        assertThat(install.output()).contains(".git/hooks/pre-commit");

        Files.writeString(repo.resolve("pages/my page.md"), FixCommandTest.DIRTY);
        git("add", "--", "pages/my page.md");
        Files.writeString(repo.resolve("pages/my page.md"), FixCommandTest.FIXED); // fixed on disk, not staged
        Exec refused = scratch.run("git", "commit", "-m", "dirty");
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("conv: these staged files would change under 'conv fix':\n  pages/my page.md\n");

        // The staged configuration counts: with only clean, the link's tracking parameter may stay.
        git("add", "--", "pages/my page.md");
        Exec passed = scratch.run("git", "commit", "-m", "fixed");
        assertThat(passed.exitCode()).as(passed.output()).isZero();
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean]\n");
        Files.writeString(repo.resolve("pages/b.md"), "[x](https://e.example/p?utm_source=feed)\n");
        git("add", "-A");
        Exec cleanOnly = scratch.run("git", "commit", "-m", "clean only");
        assertThat(cleanOnly.exitCode()).as(cleanOnly.output()).isZero();
    }

    @Test
    void anExistingHookIsKeptUnlessForced() throws IOException {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\nexit 0\n");
        Exec kept = scratch.run(SCRIPT.toString());
        assertThat(kept.exitCode()).isEqualTo(1);
        assertThat(kept.output()).contains("already exists; left as it is (--force replaces it)");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nexit 0\n");
        Exec forced = scratch.run(SCRIPT.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        assertThat(Files.readString(hook)).contains("fix --check");
        assertThat(Exec.run(dir, scratch.env(), SCRIPT.toString(), dir.toString()).exitCode()).isEqualTo(2);
    }

    private void git(String... args) throws IOException {
        scratch.git(args);
    }
}
