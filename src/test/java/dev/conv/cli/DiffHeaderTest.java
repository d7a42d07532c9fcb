package dev.conv.cli;

import static dev.conv.cli.CleanCommandTest.copyTree;
import static dev.conv.cli.CleanCommandTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clean --diff} names files relative to the working directory, so that {@code git apply}
 * and {@code patch -p1} run there take the diff as it is: no {@code a//abs/path}, no {@code a/../x}.
 */
class DiffHeaderTest {
    private static final Path SITE = Path.of("test-fixtures/cli/site");

    @TempDir
    Path dir;

    Path work;

    @BeforeEach
    void copySite() throws IOException {
        work = dir.resolve("work");
        copyTree(SITE, work.resolve("site"));
        copyTree(SITE, work.resolve("expected"));
        CliRun.run("", "clean", "--write", "-q", work.resolve("expected").toString());
    }

    @Test
    void anAbsolutePathBelowTheWorkingDirectoryIsWrittenRelativeToIt() {
        Path post = work.resolve("site/blog/post.md");
        CliRun r = CliRun.runIn(work, "", "clean", "--diff", "-q", post.toString());
        assertThat(r.out()).startsWith("--- a/site/blog/post.md\n+++ b/site/blog/post.md\n@@ ");
    }

    @Test
    void aRelativePathWithDotsIsNormalised() {
        Path post = work.resolve("site/blog/../blog/./post.md");
        CliRun r = CliRun.runIn(work, "", "clean", "--diff", "-q", post.toString());
        assertThat(r.out()).startsWith("--- a/site/blog/post.md\n+++ b/site/blog/post.md\n");
    }

    @Test
    void gitApplyTakesTheDiffAsItIs() throws IOException {
        assumeTrue(Exec.available("git"), "git is not installed");
        CliRun diff = CliRun.runIn(work, "", "clean", "--diff", "-q", work.resolve("site").toString());
        Files.writeString(dir.resolve("clean.diff"), diff.out());
        Exec apply = Exec.run(work, "git", "apply", "-p1", dir.resolve("clean.diff").toString());
        assertThat(apply.exitCode()).as(apply.output()).isZero();
        assertThat(snapshot(work.resolve("site"))).usingRecursiveComparison().isEqualTo(snapshot(work.resolve("expected")));
    }

    @Test
    void patchTakesTheDiffAsItIs() throws IOException {
        assumeTrue(Exec.available("patch"), "patch is not installed");
        CliRun diff = CliRun.runIn(work, "", "clean", "--diff", "-q", work.resolve("site").toString());
        Files.writeString(dir.resolve("clean.diff"), diff.out());
        Exec apply = Exec.run(work, "patch", "-p1", "--batch", "-i", dir.resolve("clean.diff").toString());
        assertThat(apply.exitCode()).as(apply.output()).isZero();
        assertThat(snapshot(work.resolve("site"))).usingRecursiveComparison().isEqualTo(snapshot(work.resolve("expected")));
    }

    @Test
    void aFileOutsideTheWorkingDirectoryIsNamedFromItsGitWorkTree() throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        copyTree(SITE, repo.resolve("docs"));
        CliRun r = CliRun.runIn(work, "", "clean", "--diff", "-q", repo.resolve("docs/blog/post.md").toString());
        assertThat(r.out()).startsWith("--- a/docs/blog/post.md\n+++ b/docs/blog/post.md\n");
    }

    @Test
    void aFileOutsideTheWorkingDirectoryAndAnyWorkTreeIsNamedFromTheRoot() throws IOException {
        Path elsewhere = dir.resolve("elsewhere");
        copyTree(SITE, elsewhere);
        Path post = elsewhere.resolve("blog/post.md").toAbsolutePath();
        CliRun r = CliRun.runIn(work, "", "clean", "--diff", "-q", post.toString());
        String rel = post.toString().substring(1);
        assertThat(r.out()).startsWith("--- a/" + rel + "\n+++ b/" + rel + "\n");
    }
}
