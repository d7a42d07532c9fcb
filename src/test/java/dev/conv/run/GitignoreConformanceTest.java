package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FileSet's ignore decisions against real git: in a scratch repository with many edge-case
 * patterns, the files FileSet keeps must be exactly those {@code git ls-files --others
 * --exclude-standard} lists (hidden paths aside, which FileSet skips by design).
 */
class GitignoreConformanceTest {
    /** One tree for every case, so each pattern meets names it should and should not match. */
    private static final String[] TREE = {
        "README.md", "notes.txt", "keep.md", "debug.log", "root.md", "z.md", "ab.md", "1x.md", "q-z.md",
        "#hash.md", "!bang.md", "spa ce.md", "trail ", "\u00e9.md", "[abc", "foo\\", "UPPER.MD",
        "docs/a.md", "docs/keep.md", "docs/debug.log", "docs/gen/x.md", "docs/gen/deep/y.md", "docs/root.md",
        "build/out.md", "build/keep.md", "sub/build/z.md", "sub/root.md", "x/build", "x/tmp/u.md",
        "logs/a/b.md", "logs/keep.md", "foo/bar", "foobar", "fooX/bar", "a/b.md", "a/x/b.md", "a/x/y/b.md",
        "a/xb.md", "tmp/t.md", "page.html", "docs/page.html",
    };

    @BeforeAll
    static void needsGit() {
        assumeTrue(Scratch.gitAvailable(), "git is not installed");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("plain name", ".gitignore", "*.log\n"),
                c("negation", ".gitignore", "*.md\n!keep.md\n"),
                c("directory only", ".gitignore", "build/\n"),
                c("name matches file and dir", ".gitignore", "build\n"),
                c("anchored", ".gitignore", "/root.md\n"),
                c("middle slash anchors", ".gitignore", "docs/gen\n"),
                c("leading double star", ".gitignore", "**/tmp\n"),
                c("inner double star", ".gitignore", "a/**/b.md\n"),
                c("trailing double star and re-include", ".gitignore", "logs/**\n!logs/keep.md\n"),
                c("double star after literal prefix", ".gitignore", "foo**/bar\n"),
                c("double star glued to name", ".gitignore", "fo**ar\n"),
                c("single star segment", ".gitignore", "a/*/b.md\n"),
                c("double star both sides", ".gitignore", "**/gen/**\n"),
                c("escapes", ".gitignore", "\\#hash.md\n\\!bang.md\n"),
                c("trailing spaces trimmed", ".gitignore", "spa ce.md   \n"),
                c("escaped trailing space kept", ".gitignore", "trail\\ \n"),
                c("trailing backslash never matches", ".gitignore", "foo\\\n"),
                c("classes", ".gitignore", "[abc].md\n[!a-c]x.md\n[[:digit:]]*.md\n"),
                c("dash and negation in class", ".gitignore", "q[!-0]z.md\n[a-]b.md\n"),
                c("reversed range", ".gitignore", "[z-a]*.md\n"),
                c("unclosed bracket never matches", ".gitignore", "[abc\n*.log\n"),
                c("unknown class never matches", ".gitignore", "[[:word:]]*.md\n"),
                c("bracket never matches slash", ".gitignore", "docs[/]a.md\n"),
                c("case sensitive", ".gitignore", "*.MD\n"),
                c("question mark is one byte", ".gitignore", "?.md\n"),
                c("two question marks match a two-byte letter", ".gitignore", "??.md\n"),
                c("comments and blank lines", ".gitignore", "#*.md\n\n   \n*.txt\n"),
                c("CRLF lines", ".gitignore", "*.log\r\n!debug.log\r\n"),
                c("everything but markdown", ".gitignore", "*\n!*/\n!*.md\n"),
                c("only one directory", ".gitignore", "/*\n!/docs/\n"),
                c("excluded directory cannot be re-included", ".gitignore", "docs/\n!docs/keep.md\n"),
                c("directory contents can be re-included", ".gitignore", "docs/*\n!docs/keep.md\n"),
                c("negated directory", ".gitignore", "*.md\n!docs/\n"),
                c("deeper file outranks shallower", ".gitignore", "*.md\n", "docs/.gitignore", "!*.md\n"),
                c("deeper file ignores again", ".gitignore", "!keep.md\n", "docs/.gitignore", "keep.md\n"),
                c("anchored in a subdirectory", "docs/.gitignore", "/gen\n/root.md\n"),
                c("middle slash in a subdirectory", "docs/.gitignore", "gen/deep\n"),
                c("unanchored in a subdirectory", "sub/.gitignore", "build/\nroot.md\n"),
                c("subdirectory file cannot see siblings", "docs/.gitignore", "../keep.md\nbuild/\n"),
                c("info/exclude", ".git/info/exclude", "*.html\n"),
                c("gitignore outranks info/exclude", ".git/info/exclude", "*.html\n", ".gitignore", "!page.html\n"),
                c("global excludes file", "@home/.config/git/ignore", "notes.txt\n/root.md\n"),
                c("info/exclude outranks global", "@home/.config/git/ignore", "*.md\n", ".git/info/exclude", "!keep.md\n"),
                c("core.excludesFile", "@home/.gitconfig", "[core]\n\texcludesFile = ~/my-ignores\n",
                        "@home/my-ignores", "*.html\n", "@home/.config/git/ignore", "*.md\n"));
    }

    private static Arguments c(String name, String... fileAndContent) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < fileAndContent.length; i += 2) {
            files.put(fileAndContent[i], fileAndContent[i + 1]);
        }
        return Arguments.of(name, files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsWhatGitKeeps(String name, Map<String, String> ignoreFiles, @TempDir Path tmp) throws IOException {
        Scratch s = new Scratch(tmp).gitInit().files(TREE);
        for (Map.Entry<String, String> e : ignoreFiles.entrySet()) {
            String target = e.getKey();
            Path p = target.startsWith("@home/") ? s.home.resolve(target.substring(6)) : s.path(target);
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }

        assertThat(fileSetKeeps(s, s.root)).isEqualTo(gitKeeps(s, s.root));
    }

    @Test
    void walkingASubdirectoryStillAppliesTheParentsRules(@TempDir Path tmp) throws IOException {
        Scratch s = new Scratch(tmp).gitInit().files(TREE);
        s.write(".gitignore", "gen/\n/docs/root.md\n*.log\n");
        s.write("docs/.gitignore", "!debug.log\n");

        assertThat(fileSetKeeps(s, s.path("docs"))).isEqualTo(gitKeeps(s, s.path("docs")));
        assertThat(fileSetKeeps(s, s.path("docs"))).contains("a.md", "debug.log").doesNotContain("root.md", "gen/x.md");
    }

    /** Paths below {@code dir} that git lists as untracked and not ignored, hidden ones left out. */
    private static TreeSet<String> gitKeeps(Scratch s, Path dir) {
        String out = s.git(dir, "ls-files", "-z", "--others", "--exclude-standard");
        TreeSet<String> kept = new TreeSet<>();
        for (String p : out.split("\0")) {
            if (!p.isEmpty() && Arrays.stream(p.split("/")).noneMatch(seg -> seg.startsWith("."))) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static TreeSet<String> fileSetKeeps(Scratch s, Path dir) {
        Selection sel = s.builder().include("*").build().collect(List.of(dir.toString()));
        assertThat(sel.problems()).isEmpty();
        TreeSet<String> kept = new TreeSet<>();
        sel.files().forEach(f -> kept.add(f.relative().toString()));
        return kept;
    }
}
