package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conv clean} from the command line, in process: stdin, --write/--check/--diff/--report json,
 * -v and -q, the walk (extensions, --include/--exclude, globs, .gitignore, symlinks), bad input,
 * usage errors, idempotence, determinism, and what --write keeps (permissions, line endings, BOM).
 *
 * <p>The tree under {@code test-fixtures/cli/site} is copied to a temp dir for each test;
 * {@code test-fixtures/cli/site.clean} holds the cleaned version of each file that changes
 * ({@code blog/clean.md} is clean already, {@code blog/skip.txt} is not walked).
 */
class CleanCommandTest {
    private static final Path SITE = Path.of("test-fixtures/cli/site");
    private static final Path SITE_CLEAN = Path.of("test-fixtures/cli/site.clean");
    /** The files a walk of the site picks, sorted as conv sorts them. */
    private static final List<String> WALKED = List.of(
            "about.htm", "blog/clean.md", "blog/notes.markdown", "blog/post.md", "index.html");
    private static final List<String> CHANGING = List.of(
            "about.htm", "blog/notes.markdown", "blog/post.md", "index.html");
    private static final String SITE_SUMMARY_TAIL = "; 2 tracking pixels, 1 tracker script, 1 custom tag, "
            + "4 presentational tags, 1 ad slot, 1 broken entity";

    @TempDir
    Path dir;

    Path site;

    @BeforeEach
    void copySite() throws IOException {
        site = dir.resolve("site");
        copyTree(SITE, site);
    }

    // ---- stdin to stdout -------------------------------------------------------------------

    @Test
    void stdinToStdout() {
        CliRun r = CliRun.run("<p>Some <font color=red>red</font> text.<img src=\"/t.gif\" width=\"1\" height=\"1\"></p>\n",
                "clean");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("<p>Some red text.</p>\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void dashIsStdinAndCleanInputComesBackByteForByte() {
        String page = "<!DOCTYPE html>\n<html>\n<body>\n<p>Nothing   <b>to</b> do &amp; nothing changes.</p>\n</body>\n</html>";
        CliRun r = CliRun.run(page, "clean", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(page);
    }

    @Test
    void stdinWithFrontMatterIsCleanedAsMarkdown() {
        CliRun r = CliRun.run("---\ntitle: t\n---\n\nRead <ok href=\"/a\">this</ok> *now*.\n", "clean");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("---\ntitle: t\n---\n\nRead this *now*.\n");
    }

    @Test
    void stdinKeepsBomAndCrlf() {
        byte[] in = bytes("\uFEFF<p>a<font>b</font></p>\r\n<p>c</p>\r\n");
        CliRun r = CliRun.run(in, "clean");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("\uFEFF<p>ab</p>\r\n<p>c</p>\r\n");
    }

    @Test
    void aZeroWidthNoBreakSpaceLeftFirstIsKeptBehindAByteOrderMark() throws IOException {
        // The pixel goes and U+FEFF starts the text: written bare, the next read takes it for a
        // byte-order mark and drops it, and "-x" turns into a list item.
        String page = "<img src=\"https://www.facebook.com/tr?id=1\" width=\"1\" height=\"1\">\uFEFF-x\n";
        CliRun r = CliRun.run(page, "clean", "--from", "markdown");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("\uFEFF\uFEFF-x\n");
        Path md = write("bom/page.md", page);
        Path html = write("bom/page.html", page);
        CliRun w = CliRun.run("", "clean", "--write", dir.resolve("bom").toString());
        assertThat(w.exitCode()).as(w.err()).isZero();
        assertThat(md).hasBinaryContent(bytes("\uFEFF\uFEFF-x\n"));
        assertThat(html).hasBinaryContent(bytes("\uFEFF\uFEFF-x\n"));
        // Read again, the mark goes and the character stays: nothing more to clean.
        assertThat(CliRun.run("", "clean", "--check", dir.resolve("bom").toString()).exitCode()).isZero();
    }

    @Test
    void stdinCheckAndDiff() {
        String dirty = "<p>a<font>b</font></p>\n";
        CliRun check = CliRun.run(dirty, "clean", "--check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEmpty();

        CliRun clean = CliRun.run("<p>ab</p>\n", "clean", "--check");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).isEmpty();

        CliRun diff = CliRun.run(dirty, "clean", "--diff");
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).isEqualTo("--- a/-\n+++ b/-\n@@ -1,1 +1,1 @@\n-<p>a<font>b</font></p>\n+<p>ab</p>\n");
    }

    @Test
    void stdinVerboseListsChangesOnStderr() {
        CliRun r = CliRun.run("<p>a<font>b</font></p>\n", "clean", "-v");
        assertThat(r.out()).isEqualTo("<p>ab</p>\n");
        assertThat(r.err()).isEqualTo("-:1: unwrap presentational-tag font (presentational)\n");
    }

    @Test
    void binaryStdinIsRefused() {
        CliRun r = CliRun.run(new byte[] {'<', 'p', '>', 0, 1, 2, 0}, "clean");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("conv: -: not a text file\n");
    }

    // ---- --write, --check, --diff ----------------------------------------------------------

    @Test
    void pathsWithoutAModeAreAUsageError() throws IOException {
        Map<String, byte[]> before = snapshot(site);
        CliRun r = CliRun.run("", "clean", site.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("conv: with paths, say what to do: --write, --check or --diff\n")
                .endsWith("\nTry 'conv clean --help' for more information.\n");
        assertSameTree(site, before);
    }

    @Test
    void writeRewritesTheChangedFilesAndLeavesTheRestAlone() throws IOException {
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        for (String rel : List.of("blog/clean.md", "blog/skip.txt")) {
            Files.setLastModifiedTime(site.resolve(rel), past);
        }
        Object cleanKey = fileKey(site.resolve("blog/clean.md"));
        Map<String, byte[]> before = snapshot(site);

        CliRun r = CliRun.run("", "clean", "--write", site.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("conv: clean: 5 files, 4 changed, 0 failed" + SITE_SUMMARY_TAIL + "\n");
        for (String rel : CHANGING) {
            assertThat(site.resolve(rel)).as(rel).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve(rel)));
        }
        // Unchanged and unwalked files are not rewritten: same bytes, same inode, same mtime.
        assertThat(site.resolve("blog/clean.md")).hasBinaryContent(before.get("blog/clean.md"));
        assertThat(site.resolve("blog/skip.txt")).hasBinaryContent(before.get("blog/skip.txt"));
        assertThat(fileKey(site.resolve("blog/clean.md"))).isEqualTo(cleanKey);
        assertThat(Files.getLastModifiedTime(site.resolve("blog/clean.md"))).isEqualTo(past);
        assertThat(Files.getLastModifiedTime(site.resolve("blog/skip.txt"))).isEqualTo(past);
        assertThat(tempFiles(dir)).as("no temporary file left behind").isEmpty();
    }

    @Test
    void writeMatchesWhatStdinModePrints() throws IOException {
        // The in-place result of an HTML file is what `conv clean < file` prints.
        byte[] viaStdin = Files.readAllBytes(site.resolve("index.html"));
        CliRun stdin = CliRun.run(viaStdin, "clean");
        CliRun.run("", "clean", "--write", "-q", site.resolve("index.html").toString());
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(stdin.out());
    }

    @Test
    void checkListsTheFilesThatWouldChangeAndChangesNothing() throws IOException {
        Map<String, byte[]> before = snapshot(site);
        CliRun r = CliRun.run("", "clean", "--check", site.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(lines(CHANGING.stream().map(rel -> site.resolve(rel).toString())));
        assertThat(r.err()).isEqualTo("conv: clean: 5 files, 4 would change, 0 failed" + SITE_SUMMARY_TAIL + "\n");
        assertSameTree(site, before);
    }

    @Test
    void checkOnACleanTreeExits0AndPrintsNothingOnStdout() {
        CliRun r = CliRun.run("", "clean", "--check", site.resolve("blog/clean.md").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("conv: clean: 1 file, 0 would change, 0 failed\n");
    }

    @Test
    void quietCheckStillListsPathsButNoSummary() {
        CliRun r = CliRun.run("", "clean", "--check", "-q", site.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(lines(CHANGING.stream().map(rel -> site.resolve(rel).toString())));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void diffPrintsAUnifiedDiffAndChangesNothing() throws IOException {
        Map<String, byte[]> before = snapshot(site);
        Path post = site.resolve("blog/post.md");
        CliRun r = CliRun.runIn(dir, "", "clean", "--diff", "-q", post.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("--- a/site/blog/post.md\n+++ b/site/blog/post.md\n"
                + "@@ -1,9 +1,8 @@\n"
                + " # A post\n"
                + " \n"
                + "-Read <ok href=\"https://example.com/a\">this article</ok> first.\n"
                + "+Read this article first.\n"
                + " \n"
                + "-Some <font face=\"Arial\">styled</font> words.\n"
                + "+Some styled words.\n"
                + " \n"
                + "-<img src=\"https://pixel.example.com/open?id=1\" width=\"1\" height=\"1\">\n"
                + " \n"
                + " The end.\n");
        assertSameTree(site, before);
    }

    @Test
    void diffOfATreeIsDeterministicAndInFileOrder() throws IOException {
        // Enough files for every worker to be busy, in an order unlike the sorted one.
        for (int i = 0; i < 40; i++) {
            copyTree(SITE, dir.resolve("many/d" + (i % 7) + "/c" + (39 - i)));
        }
        CliRun first = CliRun.run("", "clean", "--diff", dir.resolve("many").toString());
        CliRun second = CliRun.run("", "clean", "--diff", dir.resolve("many").toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(second.out().getBytes(StandardCharsets.UTF_8));
        assertThat(first.err()).isEqualTo(second.err());
        List<String> headers = first.out().lines().filter(l -> l.startsWith("--- a/")).map(l -> l.substring(6)).toList();
        assertThat(headers).hasSize(40 * CHANGING.size()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void diffAppliesWithGitApplyAndGivesWhatWriteWrites() throws IOException {
        assumeTrue(gitWorks(), "git is not installed");
        Path copy = dir.resolve("copy");
        copyTree(SITE, copy);
        CliRun diff = CliRun.runIn(dir, "", "clean", "--diff", "-q", site.toString());
        Files.writeString(dir.resolve("clean.diff"), diff.out());
        CliRun.run("", "clean", "--write", "-q", copy.toString());

        assertThat(git(dir, "apply", "-p1", dir.resolve("clean.diff").toString()))
                .as("git apply of the --diff output").isEqualTo("");
        assertThat(snapshot(site)).usingRecursiveComparison().isEqualTo(snapshot(copy));
    }

    @Test
    void diffOfAFileWithoutFinalNewlineApplies() throws IOException {
        // The last line has no newline: a unified diff must say "\ No newline at end of file",
        // or the patch does not apply (and would add a newline if it did).
        assumeTrue(gitWorks(), "git is not installed");
        Path page = write("nonl/page.md", "Intro\n\nText <font>x</font> y");
        Path copy = write("nonl-copy/page.md", "Intro\n\nText <font>x</font> y");
        CliRun diff = CliRun.runIn(dir, "", "clean", "--diff", "-q", page.toString());
        assertThat(diff.out()).contains("\n\\ No newline at end of file\n");
        Files.writeString(dir.resolve("nonl.diff"), diff.out());
        CliRun.run("", "clean", "--write", "-q", copy.toString());

        assertThat(git(dir, "apply", "-p1", dir.resolve("nonl.diff").toString())).isEqualTo("");
        assertThat(page).hasContent("Intro\n\nText x y");
        assertThat(page).hasBinaryContent(Files.readAllBytes(copy));
    }

    // ---- --report json, -v, -q, summary ----------------------------------------------------

    @Test
    void reportJsonGivesAnAccountPerFile() throws IOException {
        Files.write(site.resolve("blog/binary.md"), new byte[] {'#', ' ', 0, 1, 2, 3});
        Map<String, byte[]> before = snapshot(site);

        CliRun r = CliRun.run("", "clean", "--check", "--report", "json", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertSameTree(site, before);
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(root.keySet()).containsExactly("command", "mode", "files", "summary");
        assertThat(root.get("command").getAsString()).isEqualTo("clean");
        assertThat(root.get("mode").getAsString()).isEqualTo("check");

        JsonArray files = root.getAsJsonArray("files");
        List<String> paths = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, String> status = new HashMap<>();
        for (JsonElement e : files) {
            JsonObject f = e.getAsJsonObject();
            assertThat(f.keySet()).contains("path", "status", "changes");
            String path = f.get("path").getAsString();
            paths.add(path);
            status.put(path, f.get("status").getAsString());
            for (JsonElement c : f.getAsJsonArray("changes")) {
                JsonObject change = c.getAsJsonObject();
                assertThat(change.keySet()).containsExactly("line", "action", "kind", "detail", "reason");
                assertThat(change.get("line").getAsInt()).isPositive();
                assertThat(change.get("action").getAsString()).isIn("remove", "unwrap", "retag", "repair");
                byKind.merge(change.get("kind").getAsString(), 1, Integer::sum);
            }
        }
        List<String> expectedPaths = new ArrayList<>();
        expectedPaths.add(site.resolve("about.htm").toString());
        expectedPaths.add(site.resolve("blog/binary.md").toString());
        for (String rel : WALKED.subList(1, WALKED.size())) {
            expectedPaths.add(site.resolve(rel).toString());
        }
        assertThat(paths).containsExactlyElementsOf(expectedPaths);
        assertThat(status).containsEntry(site.resolve("index.html").toString(), "changed")
                .containsEntry(site.resolve("blog/clean.md").toString(), "unchanged")
                .containsEntry(site.resolve("blog/binary.md").toString(), "failed");
        JsonObject failed = files.get(1).getAsJsonObject();
        assertThat(failed.get("error").getAsString()).isEqualTo("not a text file");
        assertThat(failed.getAsJsonArray("changes")).isEmpty();

        JsonObject post = files.get(4).getAsJsonObject();
        JsonObject first = post.getAsJsonArray("changes").get(0).getAsJsonObject();
        assertThat(first.get("line").getAsInt()).isEqualTo(3);
        assertThat(first.get("action").getAsString()).isEqualTo("unwrap");
        assertThat(first.get("kind").getAsString()).isEqualTo("custom-tag");
        assertThat(first.get("detail").getAsString()).isEqualTo("ok");
        assertThat(first.get("reason").getAsString()).isEqualTo("not HTML5");

        JsonObject summary = root.getAsJsonObject("summary");
        assertThat(summary.get("files").getAsInt()).isEqualTo(6);
        assertThat(summary.get("changed").getAsInt()).isEqualTo(4);
        assertThat(summary.get("failed").getAsInt()).isEqualTo(1);
        Map<String, Integer> summaryKinds = new TreeMap<>();
        summary.getAsJsonObject("changes").entrySet().forEach(e -> summaryKinds.put(e.getKey(), e.getValue().getAsInt()));
        assertThat(summaryKinds).isEqualTo(byKind).containsEntry("presentational-tag", 4).containsEntry("tracking-pixel", 2);
    }

    @Test
    void reportJsonModeFollowsTheAction() throws IOException {
        Path post = site.resolve("blog/post.md");
        JsonObject report = JsonParser.parseString(CliRun.run("", "clean", "--report", "json", post.toString()).out())
                .getAsJsonObject();
        assertThat(report.get("mode").getAsString()).isEqualTo("report");
        assertThat(post).hasBinaryContent(Files.readAllBytes(SITE.resolve("blog/post.md")));

        CliRun write = CliRun.run("", "clean", "--write", "--report", "json", post.toString());
        assertThat(write.exitCode()).isZero();
        JsonObject written = JsonParser.parseString(write.out()).getAsJsonObject();
        assertThat(written.get("mode").getAsString()).isEqualTo("write");
        assertThat(written.getAsJsonArray("files").get(0).getAsJsonObject().get("status").getAsString()).isEqualTo("changed");
        assertThat(post).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve("blog/post.md")));
    }

    @Test
    void verboseListsEachChangeOnStderrThenTheSummary() {
        CliRun r = CliRun.run("", "clean", "--check", "-v", site.resolve("index.html").toString(),
                site.resolve("blog/post.md").toString());
        String index = site.resolve("index.html").toString();
        String post = site.resolve("blog/post.md").toString();
        assertThat(r.err()).isEqualTo(post + ":3: unwrap custom-tag ok (not HTML5)\n"
                + post + ":5: unwrap presentational-tag font (presentational)\n"
                + post + ":7: remove tracking-pixel https://pixel.example.com/open?id=1 (width 1, height 1)\n"
                + index + ":6: remove tracker-script https://www.googletagmanager.com/gtag/js?id=G-TEST "
                + "(tracker host googletagmanager.com)\n"
                + index + ":10: unwrap presentational-tag font (presentational)\n"
                + index + ":12: remove tracking-pixel /stats/t.gif?uid=42 (width 1, height 1)\n"
                + index + ":13: remove ad-slot aside.advert (ad class/id .advert)\n"
                + "conv: clean: 2 files, 2 would change, 0 failed; 2 tracking pixels, 1 tracker script, "
                + "1 custom tag, 2 presentational tags, 1 ad slot\n");
        assertThat(r.out()).isEqualTo(post + "\n" + index + "\n");
    }

    @Test
    void quietPrintsErrorsOnly() throws IOException {
        Files.write(site.resolve("bad.html"), new byte[] {'<', 'p', '>', 0, 0, 0});
        CliRun r = CliRun.run("", "clean", "--write", "-q", site.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("conv: " + site.resolve("bad.html") + ": not a text file\n");
        assertThat(site.resolve("index.html")).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve("index.html")));
    }

    @Test
    void oneSummaryLineEndsTheRun() throws IOException {
        Files.write(site.resolve("bad.html"), new byte[] {'<', 'p', '>', 0, 0, 0});
        CliRun r = CliRun.run("", "clean", "--write", site.toString());
        List<String> err = r.err().lines().toList();
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).isEqualTo("conv: " + site.resolve("bad.html") + ": not a text file");
        assertThat(err.get(1)).isEqualTo("conv: clean: 6 files, 4 changed, 1 failed" + SITE_SUMMARY_TAIL);
    }

    // ---- which files a directory stands for ------------------------------------------------

    @Test
    void directoriesAreWalkedRecursivelyForHtmlAndMarkdownOnly() throws IOException {
        write("site/deep/er/still.HTML", "<p><font>x</font></p>\n");
        write("site/style.css", "p { color: red } /* <font>x</font> */\n");
        write("site/.hidden.html", "<p><font>x</font></p>\n");
        CliRun r = CliRun.run("", "clean", "--check", site.toString());
        List<String> expected = new ArrayList<>(CHANGING);
        expected.add(3, "deep/er/still.HTML");
        assertThat(r.out()).isEqualTo(lines(expected.stream().map(rel -> site.resolve(rel).toString())));
        assertThat(r.err()).startsWith("conv: clean: 6 files, 5 would change, 0 failed");
    }

    @Test
    void includeReplacesTheExtensionsAndExcludeWins() {
        CliRun txt = CliRun.run("", "clean", "--check", "--include", "*.txt", site.toString());
        assertThat(txt.out()).isEqualTo(site.resolve("blog/skip.txt") + "\n");

        CliRun excluded = CliRun.run("", "clean", "--check", "--exclude", "blog/", "--exclude", "*.htm", site.toString());
        assertThat(excluded.out()).isEqualTo(site.resolve("index.html") + "\n");
        assertThat(excluded.err()).startsWith("conv: clean: 1 file, 1 would change");

        CliRun both = CliRun.run("", "clean", "--check", "--include", "*.md", "--exclude", "post.md", site.toString());
        assertThat(both.exitCode()).isZero();
        assertThat(both.out()).isEmpty();
        assertThat(both.err()).startsWith("conv: clean: 1 file, 0 would change");
    }

    @Test
    void aQuotedGlobPicksItsFiles() {
        CliRun r = CliRun.run("", "clean", "--check", site + "/**/*.{md,txt}");
        assertThat(r.out()).isEqualTo(site.resolve("blog/post.md") + "\n" + site.resolve("blog/skip.txt") + "\n");
        assertThat(r.err()).startsWith("conv: clean: 3 files, 2 would change");

        CliRun none = CliRun.run("", "clean", "--check", site + "/*.nothing");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).startsWith("conv: " + site + "/*.nothing: no matching files\n");
    }

    @Test
    void gitignoreAndDotGitAreSkippedInsideARepository() throws IOException {
        assumeTrue(gitWorks(), "git is not installed");
        Path repo = dir.resolve("repo");
        copyTree(SITE, repo);
        write("repo/build/out.html", "<p><font>gen</font></p>\n");
        write("repo/blog/page.gen.html", "<p><font>gen</font></p>\n");
        write("repo/blog/drafts/draft.md", "<font>draft</font>\n");
        write("repo/.gitignore", "build/\n*.gen.html\n");
        write("repo/blog/.gitignore", "drafts/\n");
        // The same tree outside a repository: .gitignore means nothing there (as in ripgrep).
        copyTree(repo, dir.resolve("plain"));
        assertThat(git(repo, "init", "-q", ".")).isEqualTo("");
        write("repo/.git/description.html", "<p><font>not mine</font></p>\n");
        write("repo/.git/info/notes.md", "<font>not mine</font>\n");
        Map<String, byte[]> gitBefore = snapshot(repo.resolve(".git"));

        CliRun inRepo = CliRun.run("", "clean", "--write", repo.toString());
        assertThat(inRepo.exitCode()).isZero();
        assertThat(inRepo.err()).startsWith("conv: clean: 5 files, 4 changed, 0 failed");
        assertThat(repo.resolve("build/out.html")).hasContent("<p><font>gen</font></p>\n");
        assertThat(repo.resolve("blog/page.gen.html")).hasContent("<p><font>gen</font></p>\n");
        assertThat(repo.resolve("blog/drafts/draft.md")).hasContent("<font>draft</font>\n");
        assertSameTree(repo.resolve(".git"), gitBefore);

        CliRun noIgnore = CliRun.run("", "clean", "--check", "--no-ignore", repo.toString());
        assertThat(noIgnore.out()).contains("build/out.html", "page.gen.html", "draft.md").doesNotContain(".git/");

        CliRun plain = CliRun.run("", "clean", "--check", dir.resolve("plain").toString());
        assertThat(plain.out()).contains("build/out.html", "page.gen.html", "draft.md");
        assertThat(plain.err()).startsWith("conv: clean: 8 files, 7 would change");
    }

    @Test
    void symlinksAreNotFollowedOutOfTheTree() throws IOException {
        Path outside = write("outside/o.html", "<p>x<font>outside</font></p>\n");
        write("outside/dir/d.md", "<font>outside</font>\n");
        Files.createSymbolicLink(site.resolve("link.html"), outside);
        Files.createSymbolicLink(site.resolve("linkdir"), dir.resolve("outside/dir"));
        Files.createSymbolicLink(site.resolve("inside.html"), site.resolve("index.html"));
        Map<String, byte[]> outsideBefore = snapshot(dir.resolve("outside"));

        for (String follow : List.of("", "-L")) {
            CliRun r = follow.isEmpty() ? CliRun.run("", "clean", "--write", site.toString())
                    : CliRun.run("", "clean", "--write", follow, site.toString());
            assertThat(r.exitCode()).as(follow).isZero();
            assertSameTree(dir.resolve("outside"), outsideBefore);
            assertThat(site.resolve("link.html")).as(follow).isSymbolicLink();
            assertThat(site.resolve("linkdir")).as(follow).isSymbolicLink();
            assertThat(site.resolve("inside.html")).as(follow).isSymbolicLink();
        }
        assertThat(site.resolve("index.html")).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve("index.html")));
    }

    @Test
    void aSymlinkNamedOnTheCommandLineStaysALink() throws IOException {
        // Named links are followed for reading; --write must not replace the link by a copy and
        // leave the file it points to dirty (sed -i's old pitfall): the target is rewritten.
        Path target = site.resolve("index.html");
        Path link = dir.resolve("link.html");
        Files.createSymbolicLink(link, target);
        CliRun r = CliRun.run("", "clean", "--write", link.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(target).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve("index.html")));
    }

    @Test
    void temporaryFilesOfAKilledRunAreIgnored() throws IOException {
        write("site/.conv-index.html.1f2e3d4c.tmp", "<p><font>half wri");
        write("site/blog/.conv-post.md.0a0b.tmp", "Read <ok href");
        CliRun r = CliRun.run("", "clean", "--write", site.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).startsWith("conv: clean: 5 files, 4 changed, 0 failed");
        assertThat(site.resolve(".conv-index.html.1f2e3d4c.tmp")).hasContent("<p><font>half wri");
        assertThat(site.resolve("blog/.conv-post.md.0a0b.tmp")).hasContent("Read <ok href");
    }

    // ---- bad input -------------------------------------------------------------------------

    @Test
    void badFilesAreReportedOneLineEachLeftUntouchedAndTheRunGoesOn() throws IOException {
        Files.write(site.resolve("binary.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 0, (byte) 0xFF});
        Files.write(site.resolve("latin1.html"), "<p>caf\u00e9 <font>x</font></p>\n".getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder big = new StringBuilder();
        while (big.length() < 5000) {
            big.append("<p><font>big</font></p>\n");
        }
        write("site/big.html", big.toString());
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        for (String bad : List.of("binary.html", "latin1.html", "big.html")) {
            Files.setLastModifiedTime(site.resolve(bad), past);
        }
        Map<String, byte[]> before = snapshot(site);

        CliRun r = CliRun.run("", "clean", "--write", "--max-size", "4K", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                "conv: " + site.resolve("big.html") + ": larger than --max-size (5016 > 4096 bytes)",
                "conv: " + site.resolve("binary.html") + ": not a text file",
                "conv: " + site.resolve("latin1.html")
                        + ": not valid UTF-8 (byte 0xE9 at offset 6); name the charset with --charset",
                "conv: clean: 8 files, 4 changed, 3 failed" + SITE_SUMMARY_TAIL);
        for (String bad : List.of("binary.html", "latin1.html", "big.html")) {
            assertThat(site.resolve(bad)).as(bad).hasBinaryContent(before.get(bad));
            assertThat(Files.getLastModifiedTime(site.resolve(bad))).as(bad).isEqualTo(past);
        }
        for (String rel : CHANGING) {
            assertThat(site.resolve(rel)).as(rel).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve(rel)));
        }
    }

    @Test
    void aMissingPathIsNamedAndTheOthersAreStillCleaned() throws IOException {
        Path missing = dir.resolve("nope.html");
        CliRun r = CliRun.run("", "clean", "--write", missing.toString(), site.resolve("about.htm").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                "conv: " + missing + ": no such file or directory",
                "conv: clean: 2 files, 1 changed, 1 failed; 1 presentational tag");
        assertThat(site.resolve("about.htm")).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve("about.htm")));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillCleaned() throws IOException {
        assumeFalse(isRoot(), "running as root, which reads every file: nothing to test");
        Path secret = write("site/secret.html", "<p><font>x</font></p>\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        CliRun r = CliRun.run("", "clean", "--write", site.toString());
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("conv: " + secret + ": permission denied\n")
                .contains("conv: clean: 6 files, 4 changed, 1 failed");
        assertThat(secret).hasContent("<p><font>x</font></p>\n");
        assertThat(site.resolve("index.html")).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve("index.html")));
    }

    @Test
    void anUnwritableDirectoryIsReportedAndTheOthersAreStillCleaned() throws IOException {
        assumeFalse(isRoot(), "running as root, which writes every directory: nothing to test");
        Path blog = site.resolve("blog");
        Files.setPosixFilePermissions(blog, PosixFilePermissions.fromString("r-xr-xr-x"));
        CliRun r;
        try {
            r = CliRun.run("", "clean", "--write", site.toString());
        } finally {
            Files.setPosixFilePermissions(blog, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(r.exitCode()).isEqualTo(1);
        // The reason, not the name of the temporary file that could not be created.
        assertThat(r.err()).contains("conv: " + blog.resolve("post.md") + ": cannot write: permission denied\n")
                .contains("conv: clean: 5 files, 2 changed, 2 failed");
        assertThat(blog.resolve("post.md")).hasBinaryContent(Files.readAllBytes(SITE.resolve("blog/post.md")));
        assertThat(site.resolve("index.html")).hasBinaryContent(Files.readAllBytes(SITE_CLEAN.resolve("index.html")));
        assertThat(tempFiles(dir)).isEmpty();
    }

    // ---- usage errors ----------------------------------------------------------------------

    @Test
    void usageErrorsSayWhatIsWrongExit2AndTouchNothing() throws IOException {
        Map<String, byte[]> before = snapshot(site);
        String path = site.toString();
        Object[][] cases = {
            {new String[] {"clean", "--bogus", "--write", path}, "conv: Unknown option: '--bogus'"},
            {new String[] {"clean", "--custom-tags", "bogus", "--write", path}, "conv: unknown tag policy 'bogus'"},
            {new String[] {"clean", "--custom-tag", "ok", "--write", path}, "conv: invalid tag override 'ok'"},
            {new String[] {"clean", "--remove", "div[[", "--write", path}, "conv: invalid --remove selector 'div[['"},
            {new String[] {"clean", "--write"}, "conv: --write needs PATH arguments"},
            {new String[] {"clean", "--write", "-"}, "conv: --write needs PATH arguments"},
            {new String[] {"clean", "--check", "-", path}, "conv: '-' (stdin) cannot be mixed with paths"},
            {new String[] {"clean", "--report", "xml", path}, "conv: --report: only 'json' is supported"},
            {new String[] {"clean", "--report", "json", "--diff", path}, "conv: --report json and --diff both print"},
            {new String[] {"clean", "--max-size", "12X", "--write", path}, "conv: Invalid value for option '--max-size'"},
            {new String[] {"clean", "--from", "pdf", "--write", path}, "conv: --from: unknown input kind 'pdf'"},
        };
        for (Object[] c : cases) {
            String[] args = (String[]) c[0];
            CliRun r = CliRun.run("<p><font>stdin</font></p>\n", args);
            String what = String.join(" ", args);
            assertThat(r.exitCode()).as(what).isEqualTo(2);
            assertThat(r.out()).as(what).isEmpty();
            assertThat(r.err()).as(what).startsWith((String) c[1]).endsWith("\nTry 'conv clean --help' for more information.\n");
        }
        assertSameTree(site, before);
    }

    // ---- idempotence and what --write keeps ------------------------------------------------

    @Test
    void afterWriteCheckFindsNothingToDo() throws IOException {
        Path rules = Path.of("test-fixtures/clean/rules");
        try (Stream<Path> s = Files.list(rules)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".in.html")).toList()) {
                Files.copy(p, site.resolve("rules-" + p.getFileName()));
            }
        }
        CliRun write = CliRun.run("", "clean", "--write", site.toString());
        assertThat(write.exitCode()).isZero();
        Map<String, byte[]> written = snapshot(site);

        CliRun check = CliRun.run("", "clean", "--check", site.toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).isEqualTo("conv: clean: 9 files, 0 would change, 0 failed\n");

        CliRun again = CliRun.run("", "clean", "--write", site.toString());
        assertThat(again.err()).isEqualTo("conv: clean: 9 files, 0 changed, 0 failed\n");
        assertSameTree(site, written);
    }

    @Test
    void writeKeepsPermissionsLineEndingsAndBom() throws IOException {
        Path private0640 = write("keep/private.html", "<p>a<font>b</font></p>\n");
        Files.setPosixFilePermissions(private0640, PosixFilePermissions.fromString("rw-r-----"));
        Path exec = write("keep/run.md", "#!/bin/sh\n<font>x</font>\n");
        Files.setPosixFilePermissions(exec, PosixFilePermissions.fromString("rwxr-x--x"));
        Path crlf = write("keep/crlf.html", "<p>a<font>b</font></p>\r\n<p>c</p>\r\n<p>d<font>e</font></p>\r\n");
        Path mixed = write("keep/mixed.md", "a\r\nb <font>c</font>\nd\re\n");
        Path bom = dir.resolve("keep/bom.html");
        Files.write(bom, bytes("\uFEFF<p>caf\u00e9 <font>b</font></p>\r\n"));
        Path utf16 = dir.resolve("keep/utf16.html");
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<p>\u53cc<font>b</font></p>\r\n".getBytes(StandardCharsets.UTF_16LE)));
        Path gbk = dir.resolve("keep/gbk.html");
        Files.write(gbk, "<meta charset=\"gbk\">\n<p>\u4e2d\u6587<font>b</font></p>\n".getBytes("GBK"));

        CliRun r = CliRun.run("", "clean", "--write", dir.resolve("keep").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("conv: clean: 7 files, 7 changed, 0 failed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(private0640))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exec))).isEqualTo("rwxr-x--x");
        assertThat(private0640).hasContent("<p>ab</p>\n");
        assertThat(exec).hasContent("#!/bin/sh\nx\n");
        assertThat(crlf).hasBinaryContent(bytes("<p>ab</p>\r\n<p>c</p>\r\n<p>de</p>\r\n"));
        assertThat(mixed).hasBinaryContent(bytes("a\r\nb c\nd\re\n"));
        assertThat(bom).hasBinaryContent(bytes("\uFEFF<p>caf\u00e9 b</p>\r\n"));
        assertThat(utf16).hasBinaryContent(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<p>\u53ccb</p>\r\n".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(gbk).hasBinaryContent("<meta charset=\"gbk\">\n<p>\u4e2d\u6587b</p>\n".getBytes("GBK"));
        assertThat(tempFiles(dir)).isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String lines(Stream<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Every regular file below {@code root} (hidden ones too, links not followed) and its bytes. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertSameTree(Path root, Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> now = snapshot(root);
        assertThat(now.keySet()).as("files under " + root).isEqualTo(before.keySet());
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertThat(now.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    /** AtomicWriter's leftovers anywhere below root. */
    static List<Path> tempFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".conv-")).toList();
        }
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean gitWorks() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs git in {@code cwd}; returns "" on success, else what git printed. */
    private static String git(Path cwd, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "git timed out";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return p.exitValue() == 0 ? "" : "git " + String.join(" ", args) + " exited " + p.exitValue() + ": " + output;
    }
}
