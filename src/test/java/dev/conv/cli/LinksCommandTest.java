package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conv links} from the command line, in process: stdin to stdout, --check, --write,
 * --diff, --report json, the site's root and base URL, --rules and --via, --check-local, usage
 * errors and exit codes.
 */
class LinksCommandTest {
    @TempDir
    Path dir;

    Path site;

    @BeforeEach
    void makeSite() throws IOException {
        site = dir.resolve("site");
        write("pages/p1/a1.md", "# 第一页\n\n[首页](../../README.md) [下一页](a2.md?t=0721)\n\n"
                + "![图](https://images.weserv.nl/?url=i.imgur.com/x1.jpg)\n");
        write("pages/p1/a2.md", "# 第二页\n\n## 小节 一\n\n[回到第一页](a1.md#第一页)\n");
        write("README.md", "[进入](pages/p1/a1.md)\n");
        write("index.html", "<p><a href=\"pages/p1/a1.md?utm_source=x\">a1</a></p>\n");
    }

    private void write(String path, String text) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void stdinToStdout() {
        CliRun r = CliRun.run("[x](https://example.org/a?utm_source=n&id=1)\n", "links");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("[x](https://example.org/a?id=1)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aZeroWidthNoBreakSpaceLeftFirstIsKeptBehindAByteOrderMark() {
        // The script link goes with its empty text and U+FEFF starts the page: written bare, the
        // next read takes it for a byte-order mark and drops it, and "-x" turns into a list item.
        CliRun r = CliRun.run("[](javascript:alert(1))\uFEFF-x\n", "links", "--from", "markdown");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("\uFEFF\uFEFF-x\n");
    }

    @Test
    void stdinPlacedOnTheSiteByItsName() {
        CliRun r = CliRun.run("[up](../b.md)\n", "links", "--base-url", "https://m.example/", "--root", site.toString(),
                "--stdin-filepath", site.resolve("pages/p1/x.md").toString());
        assertThat(r.out()).isEqualTo("[up](https://m.example/pages/b.md)\n");
    }

    @Test
    void checkListsTheFilesThatWouldChangeThenWriteRewritesThem() throws IOException {
        String before = read("pages/p1/a2.md");
        CliRun check = CliRun.run("", "links", "--check", "--base-url", "https://m.example/", "--root", site.toString(),
                "--drop-param", "t", site.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out().lines()).containsExactly(site.resolve("README.md").toString(),
                site.resolve("index.html").toString(), site.resolve("pages/p1/a1.md").toString(),
                site.resolve("pages/p1/a2.md").toString());
        assertThat(check.err()).contains("links: 4 files, 4 would change, 0 failed; 5 relative links resolved, "
                + "1 proxied link unwrapped, 2 links cleaned of tracking parameters");
        assertThat(read("pages/p1/a2.md")).isEqualTo(before);

        CliRun w = CliRun.run("", "links", "--write", "--base-url", "https://m.example/", "--root", site.toString(),
                "--drop-param", "t", site.toString());
        assertThat(w.exitCode()).isZero();
        assertThat(read("pages/p1/a1.md")).isEqualTo("# 第一页\n\n[首页](https://m.example/README.md) "
                + "[下一页](https://m.example/pages/p1/a2.md)\n\n![图](https://i.imgur.com/x1.jpg)\n");
        assertThat(read("index.html")).isEqualTo("<p><a href=\"https://m.example/pages/p1/a1.md\">a1</a></p>\n");
        CliRun again = CliRun.run("", "links", "--check", "--base-url", "https://m.example/", "--root", site.toString(),
                "--drop-param", "t", site.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void diffShowsTheChangedLinks() {
        CliRun r = CliRun.runIn(site, "", "links", "--diff", "--base-url", "https://m.example/", "--root", site.toString(),
                site.resolve("README.md").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("-[进入](pages/p1/a1.md)", "+[进入](https://m.example/pages/p1/a1.md)");
    }

    @Test
    void reportJsonNamesEachChange() {
        CliRun r = CliRun.run("", "links", "--report", "json", site.resolve("index.html").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"command\": \"links\"", "\"kind\": \"tracking-params\"", "\"action\": \"drop\"");
    }

    @Test
    void withoutRootTheGitWorkTreeIsTheRoot() throws IOException {
        Files.createDirectories(site.resolve(".git"));
        CliRun r = CliRun.runIn(dir, "[up](../b.md)\n", "links", "--base-url", "https://m.example/",
                "--stdin-filepath", site.resolve("pages/p1/x.md").toString());
        assertThat(r.out()).isEqualTo("[up](https://m.example/pages/b.md)\n");
    }

    @Test
    void viaRoutesLinksThroughAProxyInEitherSpelling() {
        String in = "[a](https://www.news.example/gb/n1.htm)\n";
        for (String via : new String[] {"https://www.news.example/gb/=http://203.0.113.5:10080/gb/",
                "https://www.news.example/gb/->http://203.0.113.5:10080/gb/"}) {
            CliRun r = CliRun.run(in, "links", "--via", via);
            assertThat(r.out()).as(via).isEqualTo("[a](http://203.0.113.5:10080/gb/n1.htm)\n");
        }
    }

    @Test
    void rulesFilesAddProxiesAndParameters() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"unwrap\": [{\"host\": \"go.example.net\", \"param\": \"to\"}], \"dropParams\": [\"ref\"]}");
        CliRun r = CliRun.run("[a](https://go.example.net/?to=https%3A%2F%2Fexample.org%2Fx%3Fref%3Dfeed)\n", "links",
                "--rules", rules.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("[a](https://example.org/x)\n");
    }

    @Test
    void checkLocalReportsMissingFilesEmptyLinksAndAnchors() throws IOException {
        write("pages/p1/broken.md", "[坏链接](missing.md) [](a2.md) [好链接](a2.md#小节-一) [锚点](a2.md#没有这节)\n"
                + "[外部](https://example.org/nope.md)\n");
        CliRun r = CliRun.run("", "links", "--check-local", "--anchors", "--root", site.toString(), site.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        String broken = site.resolve("pages/p1/broken.md").toString();
        assertThat(r.err()).contains(broken + ":1: report missing-target missing.md (no such file: pages/p1/missing.md)",
                broken + ":1: report empty-link a2.md (link with no text)",
                broken + ":1: report missing-anchor a2.md#没有这节 (no heading #没有这节 in pages/p1/a2.md)");
        assertThat(r.err()).doesNotContain("小节-一").doesNotContain("nope.md").doesNotContain("a1.md#");
        assertThat(read("pages/p1/broken.md")).startsWith("[坏链接](missing.md)");
    }

    @Test
    void checkLocalPassesOnASoundSite() {
        CliRun r = CliRun.run("", "links", "--check-local", "--anchors", "--root", site.toString(), site.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void aDestinationWithASpaceBecomesALinkWhenItNamesAFileOfTheSite() throws IOException {
        write("pages/chapter two", "第二章\n");
        write("pages/toc.md", "[第二章](chapter two) 与 [别处](chapter three)\n");
        CliRun guess = CliRun.run("", "links", "--check", "--root", site.toString(), site.resolve("pages/toc.md").toString());
        assertThat(guess.exitCode()).as("neither looks like a path: %s", guess.err()).isZero();

        CliRun r = CliRun.run("", "links", "--check-local", "--write", "-v", "--base-url", "https://m.example/", "--root",
                site.toString(), site.resolve("pages/toc.md").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(read("pages/toc.md")).isEqualTo("[第二章](https://m.example/pages/chapter%20two) 与 [别处](chapter three)\n");
        assertThat(r.err()).contains("repair broken-link (chapter two) -> https://m.example/pages/chapter%20two",
                "resolve relative-link chapter two -> ");
    }

    /** Fuzz finding: a link whose text ends in a line break kept its script URL. */
    @Test
    void anUnsafeLinkWhoseTextEndsInALineBreakIsRemovedToo() {
        CliRun r = CliRun.run("[a\n](javascript:alert(1)) and [b\\\n](javascript:x) and\n> [c\n> ](vbscript:y) [d](javascript:z)\n",
                "links", "--stdin-filepath=p.md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("a\n and b\\\n and\n> c\n>  d\n");
    }

    @Test
    void malformedUrlsAreNamedWithFileAndLineWithoutVerbose() throws IOException {
        write("bad.md", "ok\n\n[x](http://h.example:99999/)\n");
        CliRun r = CliRun.run("", "links", "--check", site.resolve("bad.md").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains(site.resolve("bad.md") + ":3: leave malformed-url http://h.example:99999/ "
                + "(port out of range: 99999)");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path rules = dir.resolve("bad.json");
        Files.writeString(rules, "{\"unwrap\": 3}");
        String[][] cases = {
            {"links", "--relative"},
            {"links", "--base-url", "not a url"},
            {"links", "--base-url", "https://m.example/?q=1"},
            {"links", "--via", "https://a.example/"},
            {"links", "--via", "relative=https://b.example/"},
            {"links", "--rules", dir.resolve("none.json").toString()},
            {"links", "--rules", rules.toString()},
            {"links", "--anchors"},
            {"links", "--drop-param", "*"},
            {"links", "--write"},
            {"links", site.toString()},
            {"links", "--root", dir.resolve("nowhere").toString()},
            {"links", "--check", "--base-url", "https://m.example/", "--root", site.resolve("pages").toString(),
                site.resolve("README.md").toString()},
        };
        for (String[] args : cases) {
            CliRun r = CliRun.run("[x](y)\n", args);
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
        }
    }
}
