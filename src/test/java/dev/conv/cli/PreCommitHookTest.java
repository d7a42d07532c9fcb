package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/pre-commit-hook.sh} installed in a scratch repository and run by {@code git
 * commit}: it checks what is staged, not the working tree; names with spaces, renames and a name
 * starting with a dash are checked; deletions and other extensions are not; its message says to
 * run {@code --write}.
 */
class PreCommitHookTest {
    private static final Path HOOK = Path.of("scripts/pre-commit-hook.sh");
    private static final String DIRTY = "<p>a<font>b</font></p>\n";
    private static final String CLEAN = "<p>ab</p>\n";

    @TempDir
    Path dir;

    ScratchRepo scratch;

    @BeforeEach
    void makeRepository() throws IOException {
        scratch = ScratchRepo.init(dir, "repo");
        write("old name.html", DIRTY);
        write("keep.md", "# Keep\n\n" + CLEAN);
        write("gone.md", DIRTY);
        write("index-clean.md", CLEAN);
        git("add", "-A");
        git("commit", "-q", "-m", "before the hook");
        scratch.installHook(HOOK, "pre-commit");
    }

    @Test
    void theIndexIsCheckedWithSpacesRenamesAndDashes() throws IOException {
        git("mv", "old name.html", "new name.html");               // renamed, dirty
        write("my page.md", DIRTY);                                  // added, name with spaces
        write("-dash.md", DIRTY);                                    // a name that looks like an option
        git("add", "--", "my page.md", "-dash.md");
        write("keep.md", "# Keep\n\n" + DIRTY);                      // staged dirty...
        git("add", "keep.md");
        write("keep.md", "# Keep\n\n" + CLEAN);                      // ...though clean in the working tree
        write("index-clean.md", DIRTY);                              // dirty in the working tree only
        git("rm", "-q", "gone.md");                                  // deleted: nothing to check
        write("notes.txt", DIRTY);                                   // not a page
        git("add", "notes.txt");

        Exec commit = scratch.run("git", "commit", "-m", "with the hook");

        assertThat(commit.exitCode()).as(commit.output()).isNotZero();
        assertThat(commit.output()).contains("conv: these staged files would change under 'conv clean':\n"
                        + "  -dash.md\n  keep.md\n  my page.md\n  new name.html\n")
                .contains("conv clean --write")
                .doesNotContain("index-clean.md").doesNotContain("notes.txt").doesNotContain("gone.md");
        assertThat(scratch.run("git", "log", "--oneline").output()).doesNotContain("with the hook");
    }

    @Test
    void cleanStagedFilesCommitAndTheHintIsEnoughToGetThere() throws IOException {
        git("mv", "old name.html", "new name.html");
        write("my page.md", DIRTY);
        git("add", "my page.md");
        write("index-clean.md", DIRTY); // the working tree may be dirty: only the index counts

        Exec refused = scratch.run("git", "commit", "-q", "-m", "refused");
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();

        // Do what the hint says, then commit.
        Exec write = scratch.run(scratch.conv(), "clean", "--write", "-q", "--", "new name.html", "my page.md");
        assertThat(write.exitCode()).as(write.output()).isZero();
        git("add", "new name.html", "my page.md");
        Exec commit = scratch.run("git", "commit", "-q", "-m", "clean");
        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(scratch.run("git", "show", "HEAD:my page.md").output()).isEqualTo(CLEAN);
    }

    @Test
    void nothingStagedThatConvReadsPassesWithoutRunningIt() throws IOException {
        write("notes.txt", DIRTY);
        git("add", "notes.txt");
        Map<String, String> noConv = new java.util.HashMap<>(scratch.env());
        noConv.put("CONV", "/nonexistent/conv");
        Exec commit = Exec.run(scratch.root(), noConv, "git", "commit", "-q", "-m", "txt only");
        assertThat(commit.exitCode()).as(commit.output()).isZero();
    }

    private void write(String name, String content) throws IOException {
        scratch.write(name, content);
    }

    private void git(String... args) throws IOException {
        scratch.git(args);
    }
}
