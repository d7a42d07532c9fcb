package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The glob language of arguments and --include/--exclude; gitignore files are checked against git elsewhere. */
class WildcardsTest {
    private static boolean matches(String glob, String path) {
        return Wildcards.compile(Wildcards.toRegex(glob, false)).matcher(path).matches();
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "*.md        | a.md        | true",
        "*.md        | d/a.md      | false",
        "*.md        | .hidden.md  | true",
        "?.md        | a.md        | true",
        "?.md        | ab.md       | false",
        "?           | /           | false",
        "**/*.md     | a.md        | true",
        "**/*.md     | x/y/a.md    | true",
        "a/**/b      | a/b         | true",
        "a/**/b      | a/x/y/b     | true",
        "a/**/b      | a/xb        | false",
        "a/**        | a/x/y       | true",
        "a/**        | a           | false",
        "a**b        | a/b         | false",
        "a**b        | axxb        | true",
        "[a-c]x      | bx          | true",
        "[!a-c]x     | dx          | true",
        "[!a-c]x     | /x          | false",
        "[]]x        | ]x          | true",
        "[[:digit:]] | 7           | true",
        "[[:nope:]]  | n           | false",
        "[abc        | [abc        | false",
        "\\*.md      | *.md        | true",
        "\\*.md      | a.md        | false",
        "a\\         | a\\         | false",
        "a.(md)+     | a.(md)+     | true",
        "a$^.md      | a$^.md      | true",
    })
    void globSemantics(String glob, String path, boolean expected) {
        assertThat(matches(glob, path)).isEqualTo(expected);
    }

    @Test
    void newlineInANameIsMatchedLikeAnyCharacter() {
        assertThat(matches("a*b", "a\nb")).isTrue();
        assertThat(matches("**", "a\n/b")).isTrue();
    }

    @Test
    void bracesExpandLikeTheShell() {
        assertThat(Wildcards.expandBraces("a.{md,html}")).containsExactly("a.md", "a.html");
        assertThat(Wildcards.expandBraces("{a,b{c,d}}/x")).containsExactly("a/x", "bc/x", "bd/x");
        assertThat(Wildcards.expandBraces("{,x}y")).containsExactly("y", "xy");
        assertThat(Wildcards.expandBraces("{a}")).containsExactly("{a}");
        assertThat(Wildcards.expandBraces("{a,b")).containsExactly("{a,b");
        assertThat(Wildcards.expandBraces("\\{a,b}")).containsExactly("\\{a,b}");
        assertThat(Wildcards.expandBraces("x{a,b}{c,d}")).containsExactly("xac", "xad", "xbc", "xbd");
    }

    @Test
    void braceExplosionIsRefused() {
        String glob = "{a,b}".repeat(11);

        assertThatThrownBy(() -> Wildcards.expandBraces(glob)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many");
    }

    @Test
    void pathPatternsReadLikeGitignoreLines() {
        PathPattern name = PathPattern.compile("*.min.md");
        PathPattern anchored = PathPattern.compile("/docs/*.md");
        PathPattern dir = PathPattern.compile("build/");
        PathPattern alts = PathPattern.compile("{drafts,docs/old}");

        assertThat(name.matches("x/y/a.min.md", "a.min.md", false)).isTrue();
        assertThat(anchored.matches("docs/a.md", "a.md", false)).isTrue();
        assertThat(anchored.matches("x/docs/a.md", "a.md", false)).isFalse();
        assertThat(dir.matches("x/build", "build", true)).isTrue();
        assertThat(dir.matches("x/build", "build", false)).isFalse();
        assertThat(alts.matches("x/drafts", "drafts", true)).isTrue();
        assertThat(alts.matches("docs/old", "old", true)).isTrue();
        assertThat(alts.matches("x/docs/old", "old", true)).isFalse();
    }

    @Test
    void trailingSpacesAreTrimmedUnlessEscaped() {
        assertThat(IgnoreFile.trimTrailingSpaces("a.md  ")).isEqualTo("a.md");
        assertThat(IgnoreFile.trimTrailingSpaces("a\\ ")).isEqualTo("a\\ ");
        assertThat(IgnoreFile.trimTrailingSpaces("a\\  ")).isEqualTo("a\\ ");
        assertThat(IgnoreFile.trimTrailingSpaces("a\t")).isEqualTo("a\t");
    }

    @Test
    void gitConfigValue() {
        String config = """
                [user]
                \texcludesFile = wrong
                [core]
                \texcludesFile = first
                [core "sub"]
                \texcludesFile = sub
                [Core]
                    ExcludesFile = "~/a b/#x" ; a comment
                """;

        assertThat(GitConfig.value(config, "core", "excludesfile")).isEqualTo("~/a b/#x");
        assertThat(GitConfig.value("[core]\n", "core", "excludesfile")).isNull();
        assertThat(GitConfig.value("[core] excludesfile = x # note\n", "core", "excludesfile")).isEqualTo("x");
    }
}
