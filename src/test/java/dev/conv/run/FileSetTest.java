package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", ".md", "markdown");

    @TempDir
    Path tmp;
    Scratch s;

    @BeforeEach
    void setUp() {
        s = new Scratch(tmp);
    }

    private FileSet.Builder set() {
        return s.builder().extensions(EXTENSIONS);
    }

    private Selection collect(FileSet.Builder b, String... args) {
        return b.build().collect(List.of(args));
    }

    private String arg(String rel) {
        return s.path(rel).toString();
    }

    private static List<String> rels(Selection sel) {
        return sel.files().stream().map(f -> f.relative().toString()).toList();
    }

    private static List<String> paths(Selection sel) {
        return sel.files().stream().map(f -> f.path().toString()).toList();
    }

    @Nested
    class Arguments {
        @Test
        void directoryIsWalkedForTheExtensionsSortedWithPathsBelowIt() {
            s.files("b.md", "a.HTML", "notes.txt", "sub/c.htm", "sub/d.markdown", "sub/deeper/e.md", "md", "x.mdx");

            Selection sel = collect(set(), arg(""));

            assertThat(rels(sel)).containsExactly("a.HTML", "b.md", "sub/c.htm", "sub/d.markdown", "sub/deeper/e.md");
            assertThat(paths(sel)).first().isEqualTo(arg("a.HTML"));
            assertThat(sel.problems()).isEmpty();
        }

        @Test
        void namedFileIsTakenWhateverItsExtensionWithItsNameAsRelativePath() {
            s.files("docs/notes.txt");

            Selection sel = collect(set(), arg("docs/notes.txt"));

            assertThat(paths(sel)).containsExactly(arg("docs/notes.txt"));
            assertThat(rels(sel)).containsExactly("notes.txt");
        }

        @Test
        void missingPathIsAProblemNamingItAndTheRestGoesOn() {
            s.files("a.md");

            Selection sel = collect(set(), arg("nope.md"), arg("a.md"), arg("gone/"));

            assertThat(rels(sel)).containsExactly("a.md");
            assertThat(sel.problems()).containsExactly(
                    arg("nope.md") + ": no such file or directory",
                    arg("gone/") + ": no such file or directory");
        }

        @Test
        void overlappingArgumentsGiveEachFileOnceAndTheFirstArgumentKeepsIt() {
            s.files("docs/a.md", "docs/sub/b.md");

            Selection sel = collect(set(), arg("docs"), arg("docs/a.md"), arg("docs/sub"), arg("docs/sub/b.md"), arg("docs"));

            assertThat(paths(sel)).containsExactly(arg("docs/a.md"), arg("docs/sub/b.md"));
            assertThat(rels(sel)).containsExactly("a.md", "sub/b.md");
        }

        @Test
        void outputIsSortedByPathAcrossArguments() {
            s.files("b/x.md", "a/y.md", "c.md");

            Selection sel = collect(set(), arg("c.md"), arg("b"), arg("a"));

            assertThat(paths(sel)).containsExactly(arg("a/y.md"), arg("b/x.md"), arg("c.md"));
        }

        @Test
        void gitAndHiddenEntriesAreSkippedInWalksButNotWhenNamed() {
            s.files(".git/x.md", ".hidden/y.md", ".h.md", "v.md");

            assertThat(rels(collect(set(), arg("")))).containsExactly("v.md");
            assertThat(rels(collect(set(), arg(".h.md")))).containsExactly(".h.md");
            assertThat(rels(collect(set(), arg(".hidden")))).containsExactly("y.md");
        }

        @Test
        void convTemporaryFilesAreNeverPicked() {
            s.files(".conv-a.md.1f.tmp", "conv/.conv-b.md.2e.tmp", "a.md");

            assertThat(rels(collect(set().include("*"), arg("")))).containsExactly("a.md");
            Selection named = collect(set(), arg(".conv-a.md.1f.tmp"));
            assertThat(named.files()).isEmpty();
            assertThat(named.problems()).isEmpty();
        }

        @Test
        void anExcludedDirectoryIsNeverPickedFromEvenWhenNamed() {
            s.files("site/a.html", "site/out/a.md", "site/out/deep/b.md");

            FileSet.Builder b = set().excluding(s.path("site/out"));

            assertThat(rels(collect(b, arg("site")))).containsExactly("a.html");
            assertThat(collect(b, arg("site/out/a.md")).files()).isEmpty();
            assertThat(collect(b, arg("site/out")).files()).isEmpty();
        }

        @Test
        void excludedDirectoryMayNotExistYet() {
            s.files("site/a.html");

            assertThat(rels(collect(set().excluding(s.path("site/out")), arg("site")))).containsExactly("a.html");
        }

        @Test
        void emptyArgumentIsMissingRatherThanTheWorkingDirectory() {
            Selection sel = set().build().collect(List.of(""));

            assertThat(sel.files()).isEmpty();
            assertThat(sel.problems()).containsExactly("'': no such file or directory");
        }

        @Test
        void namedDeviceOrPipeIsRefused() {
            assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");

            Selection sel = set().build().collect(List.of("/dev/null"));

            assertThat(sel.files()).isEmpty();
            assertThat(sel.problems()).containsExactly("/dev/null: not a regular file or directory");
        }

        @Test
        void noArgumentsNoFiles() {
            Selection sel = set().build().collect(List.of());

            assertThat(sel.files()).isEmpty();
            assertThat(sel.problems()).isEmpty();
        }

        @Test
        void relativeArgumentsKeepTheirForm() throws IOException {
            // The working directory cannot move in a test: use a relative path from it to the scratch tree.
            s.files("docs/a.md");
            Path rel = Path.of("").toAbsolutePath().relativize(s.path("docs"));

            Selection sel = set().build().collect(List.of(rel.toString()));

            assertThat(sel.files()).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo(rel.resolve("a.md"));
                assertThat(f.relative()).isEqualTo(Path.of("a.md"));
            });
        }
    }

    @Nested
    class IncludeAndExclude {
        @Test
        void includesReplaceTheDefaultExtensions() {
            s.files("a.md", "b.txt", "sub/c.txt", "sub/d.csv");

            assertThat(rels(collect(set().include("*.txt"), arg("")))).containsExactly("b.txt", "sub/c.txt");
            assertThat(rels(collect(set().include("*.{txt,csv}"), arg("")))).containsExactly("b.txt", "sub/c.txt", "sub/d.csv");
        }

        @Test
        void patternWithSlashMatchesThePathBelowTheWalkedDirectory() {
            s.files("docs/a.md", "docs/x/b.md", "other/docs/c.md");

            assertThat(rels(collect(set().include("docs/**"), arg("")))).containsExactly("docs/a.md", "docs/x/b.md");
            assertThat(rels(collect(set().include("/docs/*.md"), arg("")))).containsExactly("docs/a.md");
            assertThat(rels(collect(set().include("./docs/*.md"), arg("")))).containsExactly("docs/a.md");
            assertThat(rels(collect(set().exclude("docs/*.md"), arg("")))).containsExactly("docs/x/b.md", "other/docs/c.md");
        }

        @Test
        void excludeWithoutSlashMatchesNamesAtAnyDepthAndPrunesDirectories() {
            s.files("a.md", "a.min.md", "x/y/b.min.md", "drafts/c.md", "x/drafts/d.md", "x/e.md");

            Selection sel = collect(set().exclude("*.min.md").exclude("drafts"), arg(""));

            assertThat(rels(sel)).containsExactly("a.md", "x/e.md");
        }

        @Test
        void trailingSlashExcludesDirectoriesOnly() {
            s.files("build/a.md", "x/build", "x/build.md");

            assertThat(rels(collect(set().include("*").exclude("build/"), arg("")))).containsExactly("x/build", "x/build.md");
        }

        @Test
        void excludesWinOverIncludes() {
            s.files("a.txt", "b.txt");

            assertThat(rels(collect(set().include("*.txt").exclude("b.*"), arg("")))).containsExactly("a.txt");
        }

        @Test
        void excludesApplyToNamedFilesAndTheirDirectories() {
            s.files("vendor/x.md", "y.min.md", "z.md");

            FileSet.Builder b = set().exclude("*.min.md").exclude("vendor/");
            Selection sel = collect(b, arg("vendor/x.md"), arg("y.min.md"), arg("z.md"));

            assertThat(rels(sel)).containsExactly("z.md");
            assertThat(sel.problems()).isEmpty();
        }

        @Test
        void emptyPatternIsRejectedWhenGiven() {
            assertThatThrownBy(() -> FileSet.builder().include("")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FileSet.builder().exclude("./")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Globs {
        @Test
        void doubleStarSpansDirectoriesIncludingNone() {
            s.files("pages/a.md", "pages/x/y/b.md", "pages/c.html", "other/d.md");

            Selection sel = collect(set(), arg("pages") + "/**/*.md");

            assertThat(paths(sel)).containsExactly(arg("pages/a.md"), arg("pages/x/y/b.md"));
            assertThat(rels(sel)).containsExactly("a.md", "x/y/b.md");
        }

        @Test
        void starQuestionMarkClassesAndAlternatives() {
            s.files("d/a.md", "d/b.md", "d/cc.md", "d/e.txt", "d/sub/a.md");

            assertThat(rels(collect(set(), arg("d") + "/*.md"))).containsExactly("a.md", "b.md", "cc.md");
            assertThat(rels(collect(set(), arg("d") + "/?.md"))).containsExactly("a.md", "b.md");
            assertThat(rels(collect(set(), arg("d") + "/[!a].md"))).containsExactly("b.md");
            assertThat(rels(collect(set(), arg("d") + "/{a.md,e.txt}"))).containsExactly("a.md", "e.txt");
            assertThat(rels(collect(set(), arg("d") + "/*/a.md"))).containsExactly("sub/a.md");
        }

        @Test
        void globSelectsWhateverItMatchesRegardlessOfExtensions() {
            s.files("d/a.txt");

            assertThat(rels(collect(set(), arg("d") + "/*.txt"))).containsExactly("a.txt");
        }

        @Test
        void globMatchingNothingIsReportedApartFromProblems() {
            s.files("d/a.md");
            String glob = arg("d") + "/*.html";
            String noBase = arg("missing") + "/*.md";

            Selection sel = collect(set(), glob, noBase);

            assertThat(sel.files()).isEmpty();
            assertThat(sel.problems()).isEmpty();
            assertThat(sel.unmatchedGlobs()).containsExactly(glob, noBase);
        }

        @Test
        void globSkipsHiddenAndIgnoredEntriesUnlessItNamesAHiddenOne() {
            s.gitInit().files("a.md", ".github/b.md", "gen/c.md", "x/.github/d.md").write(".gitignore", "gen/\n");

            assertThat(rels(collect(set(), arg("") + "/**/*.md"))).containsExactly("a.md");
            assertThat(rels(collect(set(), arg("") + "/**/.github/*.md"))).containsExactly(".github/b.md", "x/.github/d.md");
        }

        @Test
        void anExistingPathIsNeverReadAsAGlob() {
            s.files("[x].md", "x.md");

            assertThat(rels(collect(set(), arg("[x].md")))).containsExactly("[x].md");
        }

        @Test
        void globHonoursExcludes() {
            s.files("p/a.md", "p/drafts/b.md");

            assertThat(rels(collect(set().exclude("drafts/"), arg("p") + "/**/*.md"))).containsExactly("a.md");
        }
    }

    @Nested
    class IgnoreFiles {
        @Test
        void gitignoreIsHonouredOnlyInsideAGitWorkTree() {
            s.files("a.md", "gen/b.md").write(".gitignore", "gen/\n");

            assertThat(rels(collect(set(), arg("")))).containsExactly("a.md", "gen/b.md");

            s.files(".git/");
            assertThat(rels(collect(set(), arg("")))).containsExactly("a.md");
        }

        @Test
        void gitignoreAboveTheWalkedDirectoryApplies() {
            s.files(".git/", "docs/a.md", "docs/gen/b.md").write(".gitignore", "gen/\n");

            assertThat(rels(collect(set(), arg("docs")))).containsExactly("a.md");
        }

        @Test
        void gitFileOfAWorktreeLeadsToTheSharedInfoExclude() {
            s.write("main/.git/info/exclude", "*.html\n")
                    .write("main/.git/worktrees/wt/commondir", "../..\n")
                    .write("wt/.git", "gitdir: ../main/.git/worktrees/wt\n")
                    .files("wt/a.md", "wt/b.html");

            assertThat(rels(collect(set(), arg("wt")))).containsExactly("a.md");
        }

        @Test
        void nestedRepositoryStartsFromItsOwnRulesAsGitDoesThere() {
            assumeTrue(Scratch.gitAvailable(), "git is not installed");
            s.gitInit().write(".gitignore", "*.log\n").files("a.log", "nested/b.log", "nested/c.md");
            s.git(s.path("nested"), "init", "-q");

            Selection sel = collect(set().include("*"), arg(""));

            assertThat(rels(sel)).containsExactly("nested/b.log", "nested/c.md");
            assertThat(s.git(s.path("nested"), "ls-files", "--others", "--exclude-standard")).contains("b.log");
        }

        @Test
        void convignoreIsHonouredEverywhereIncludingAboveTheWalkedDirectory() {
            s.files("top/docs/a.md", "top/docs/drafts/b.md", "top/docs/c.md", "top/docs/sub/d.md")
                    .write("top/.convignore", "drafts/\n")
                    .write("top/docs/sub/.convignore", "*.md\n")
                    .write("top/docs/.convignore", "/c.md\n");

            assertThat(rels(collect(set(), arg("top/docs")))).containsExactly("a.md");
        }

        @Test
        void convignoreOutranksGitignore() {
            s.files(".git/", "gen/a.md", "gen/b.md", "c.md")
                    .write(".gitignore", "gen/\nc.md\n")
                    .write(".convignore", "!gen/\n!c.md\ngen/b.md\n");

            assertThat(rels(collect(set(), arg("")))).containsExactly("c.md", "gen/a.md");
        }

        @Test
        void namedFileBypassesGitignoreButNotConvignore() {
            s.files(".git/", "gen/a.md", "vendor/b.md", "c.md")
                    .write(".gitignore", "gen/\n")
                    .write(".convignore", "vendor/\nc.md\n");

            Selection sel = collect(set(), arg("gen/a.md"), arg("vendor/b.md"), arg("c.md"));

            assertThat(rels(sel)).containsExactly("a.md");
        }

        @Test
        void noIgnoreTurnsOffEveryIgnoreFileButNotGitOrHiddenSkipping() {
            s.files(".git/x.md", ".hidden/y.md", "gen/a.md", "vendor/b.md")
                    .write(".gitignore", "gen/\n")
                    .write(".git/info/exclude", "*.md\n")
                    .write(".convignore", "vendor/\n");

            assertThat(rels(collect(set().respectIgnoreFiles(false), arg("")))).containsExactly("gen/a.md", "vendor/b.md");
            assertThat(rels(collect(set().respectIgnoreFiles(false), arg("vendor/b.md")))).containsExactly("b.md");
        }

        @Test
        void globalExcludesFileFromXdgConfigHome() {
            s.files(".git/", "a.md", "b.md");
            Path xdg = tmp.resolve("xdg");
            s.write("../xdg/git/ignore", "b.md\n");

            FileSet set = FileSet.builder().extensions(EXTENSIONS).gitEnv(new GitEnv(s.home, xdg, null)).build();

            assertThat(rels(set.collect(List.of(arg(""))))).containsExactly("a.md");
        }

        @Test
        void repositoryConfigCanSetTheExcludesFile() {
            s.files(".git/", "a.md", "b.md")
                    .write(".git/config", "[core]\n\tbare = false\n[core]\n    excludesfile = \"my ignores\" ; comment\n")
                    .write("my ignores", "a.md\n");

            assertThat(rels(collect(set(), arg("")))).containsExactly("b.md");
        }
    }

    @Nested
    class Symlinks {
        @BeforeEach
        void needsLinks() throws IOException {
            Path probe = tmp.resolve("probe");
            try {
                Files.createSymbolicLink(probe, tmp);
                Files.delete(probe);
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "symbolic links are not supported here");
            }
        }

        private void link(String from, String to) throws IOException {
            Path link = s.path(from);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(to));
        }

        @Test
        void linksInsideTheTreeAreSkippedByDefault() throws IOException {
            s.files("t/a.md", "t/sub/b.md");
            link("t/a-link.md", "a.md");
            link("t/sub-link", "sub");

            assertThat(rels(collect(set(), arg("t")))).containsExactly("a.md", "sub/b.md");
        }

        @Test
        void followedLinksStayInsideTheTreeAndGiveEachFileOnce() throws IOException {
            s.files("t/a.md", "t/sub/b.md", "t/.store/c.md", "outside/d.md", "outside/dir/e.md");
            link("t/a-link.md", "a.md");
            link("t/aa-sub-link", "sub");
            link("t/store", ".store");
            link("t/out.md", "../outside/d.md");
            link("t/out-dir", "../outside/dir");
            link("t/dangling.md", "nothing-here.md");

            Selection sel = collect(set().followSymlinks(true), arg("t"));

            assertThat(rels(sel)).containsExactly("a.md", "store/c.md", "sub/b.md");
            assertThat(sel.problems()).isEmpty();
        }

        @Test
        void cyclesEnd() throws IOException {
            s.files("t/a.md", "t/sub/b.md");
            link("t/sub/loop", "..");
            link("t/self", ".");

            Selection sel = collect(set().followSymlinks(true), arg("t"));

            assertThat(rels(sel)).containsExactly("a.md", "sub/b.md");
        }

        @Test
        void linksNamedOnTheCommandLineAreFollowed() throws IOException {
            s.files("outside/d.md", "outside/dir/e.md");
            link("t/d.md", "../outside/d.md");
            link("t/dir", "../outside/dir");

            Selection sel = collect(set(), arg("t/d.md"), arg("t/dir"));

            assertThat(paths(sel)).containsExactly(arg("t/d.md"), arg("t/dir/e.md"));
        }

        @Test
        void danglingNamedLinkIsMissing() throws IOException {
            link("t/x.md", "nothing.md");

            assertThat(collect(set(), arg("t/x.md")).problems()).containsExactly(arg("t/x.md") + ": no such file or directory");
        }
    }

    @Nested
    class Permissions {
        private void deny(Path p) throws IOException {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
            assumeFalse(Files.isReadable(p), "running as root (or with CAP_DAC_OVERRIDE): root reads everything, "
                    + "so a permission-denied path cannot be made");
        }

        @Test
        void unreadableDirectoryIsAProblemAndTheWalkGoesOn() throws IOException {
            s.files("t/a.md", "t/locked/b.md", "t/z/c.md");
            deny(s.path("t/locked"));
            try {
                Selection sel = collect(set(), arg("t"));

                assertThat(rels(sel)).containsExactly("a.md", "z/c.md");
                assertThat(sel.problems()).containsExactly(arg("t/locked") + ": permission denied");
            } finally {
                Files.setPosixFilePermissions(s.path("t/locked"), PosixFilePermissions.fromString("rwx------"));
            }
        }

        @Test
        void unreadableFileIsAProblem() throws IOException {
            s.files("t/a.md", "t/b.md");
            deny(s.path("t/b.md"));

            Selection walked = collect(set(), arg("t"));
            Selection named = collect(set(), arg("t/b.md"));

            assertThat(rels(walked)).containsExactly("a.md");
            assertThat(walked.problems()).containsExactly(arg("t/b.md") + ": permission denied");
            assertThat(named.problems()).containsExactly(arg("t/b.md") + ": permission denied");
        }
    }
}
