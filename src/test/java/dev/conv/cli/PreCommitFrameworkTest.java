package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code .pre-commit-hooks.yaml} through the real pre-commit framework: {@code
 * pre-commit try-repo} clones a snapshot of this working tree (committed in a scratch repository,
 * so uncommitted work is tried too and every hook shares one clone), builds conv there through
 * {@code scripts/conv} on first use (a minute or two, once per run of this test) and runs the hooks
 * in a scratch repository with a dirty page.
 */
class PreCommitFrameworkTest {
    private static final Path THIS_REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void convFixFailsAndFixesThePageThenASecondRunPasses() throws IOException {
        assumeTrue(Exec.available("git"), "git is not installed");
        assumeTrue(Exec.available("pre-commit"),
                "the pre-commit framework is not installed here (.ci/run installs it: apt-get install pre-commit)");
        Map<String, String> preCommit = Map.of("PRE_COMMIT_HOME", dir.resolve("pre-commit-home").toString(),
                "PRE_COMMIT_COLOR", "never");
        ScratchRepo mirror = ScratchRepo.init(dir, "mirror", preCommit);
        Map<String, String> env = mirror.env();
        Path hooks = snapshot(env);
        Path repo = mirror.root();
        Files.createDirectories(repo.resolve("pages"));
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean, links]\n");
        Files.writeString(repo.resolve("pages/a.md"), FixCommandTest.DIRTY);
        Files.writeString(repo.resolve("pages/notes.txt"), FixCommandTest.DIRTY); // not a page: left alone
        git(repo, env, "add", "-A");

        Exec first = Exec.run(repo, env, "pre-commit", "try-repo", hooks.toString(), "conv-fix", "--all-files");
        assertThat(first.exitCode()).as(first.output()).isEqualTo(1);
        assertThat(first.output()).contains("files were modified by this hook")
                .contains("fix: 1 file, 1 changed, 0 failed");
        assertThat(Files.readString(repo.resolve("pages/a.md"))).isEqualTo(FixCommandTest.FIXED);
        assertThat(Files.readString(repo.resolve("pages/notes.txt"))).isEqualTo(FixCommandTest.DIRTY);

        Exec second = Exec.run(repo, env, "pre-commit", "try-repo", hooks.toString(), "conv-fix", "--all-files");
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("Passed");

        // conv-check fails on a dirty page and leaves it as it is; conv-links-check finds a broken local link.
        Files.writeString(repo.resolve("pages/b.md"), FixCommandTest.DIRTY + "\n[gone](missing.md)\n");
        git(repo, env, "add", "-A");
        Exec check = Exec.run(repo, env, "pre-commit", "try-repo", hooks.toString(), "conv-check", "--all-files");
        assertThat(check.exitCode()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).contains("pages/b.md").doesNotContain("files were modified");
        assertThat(Files.readString(repo.resolve("pages/b.md"))).startsWith(FixCommandTest.DIRTY);
        Exec links = Exec.run(repo, env, "pre-commit", "try-repo", hooks.toString(), "conv-links-check", "--all-files");
        assertThat(links.exitCode()).as(links.output()).isEqualTo(1);
        assertThat(links.output()).contains("missing.md");
    }

    /** This working tree's files (tracked, and untracked but not ignored) committed in a repository of their own. */
    private Path snapshot(Map<String, String> env) throws IOException {
        Path copy = dir.resolve("conv-src");
        Exec listed = Exec.run(THIS_REPO, env, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        assertThat(listed.exitCode()).as(listed.output()).isZero();
        for (String name : listed.output().split("\0")) {
            Path from = THIS_REPO.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(from)) {
                continue; // deleted in the working tree
            }
            Path to = copy.resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        git(copy, env, "init", "-q");
        git(copy, env, "add", "-A");
        git(copy, env, "-c", "user.email=test@example.com", "-c", "user.name=Test", "commit", "-q", "-m", "snapshot");
        return copy;
    }

    private static void git(Path repo, Map<String, String> env, String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Exec r = Exec.run(repo, env, command);
        assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.output()).isZero();
    }
}
