package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random gitignore files over a tiny alphabet, each compared with git: finds the corner cases
 * nobody thinks to write down. Seeded, so a failure is reproducible; the message names the
 * pattern file. Run longer with another seed: {@code -DargLine=-Dconv.fuzzSeed=N}.
 */
class GitignoreFuzzTest {
    private static final String[] TOKENS = {
        "a", "b", "ab", "*", "**", "***", "?", "[ab]", "[!a]", "[^b]", "[a-b]", "[b-a]", "[a-]", "[!-a]", "[]a]",
        "[[:alpha:]]", "[[:space:]]", "[[:sp", "[", "]", "-", " ", "#", "\\", "\\a", "\\ ", "a\\*", "a*", "*b",
    };
    private static final String[] TREE = {
        "a", "ba", "a b", "aa/a", "aa/b", "ab/a/b", "ab/ba", "ab/b", "b/a/a", "b/a/ab", "b/b/b/a", "bb/ab/aa", "bb/b",
    };

    @Test
    void randomPatternsAgreeWithGit(@TempDir Path tmp) throws IOException {
        assumeTrue(Scratch.gitAvailable(), "git is not installed");
        Scratch s = new Scratch(tmp).gitInit().files(TREE);
        Random random = new Random(Long.getLong("conv.fuzzSeed", 20241201L));
        for (int round = 0; round < 200; round++) {
            String top = randomFile(random);
            String nested = random.nextBoolean() ? randomFile(random) : "";
            Files.writeString(s.path(".gitignore"), top);
            Files.writeString(s.path("ab/.gitignore"), nested);

            assertThat(fileSetKeeps(s)).as("with .gitignore:%n%s%nand ab/.gitignore:%n%s", top, nested).isEqualTo(gitKeeps(s));
        }
    }

    private static String randomFile(Random r) {
        StringBuilder ignore = new StringBuilder();
        int lines = 1 + r.nextInt(3);
        for (int i = 0; i < lines; i++) {
            ignore.append(randomPattern(r)).append('\n');
        }
        return ignore.toString();
    }

    private static String randomPattern(Random r) {
        StringBuilder p = new StringBuilder();
        if (r.nextInt(4) == 0) {
            p.append('!');
        }
        if (r.nextInt(4) == 0) {
            p.append('/');
        }
        int segments = 1 + r.nextInt(3);
        for (int i = 0; i < segments; i++) {
            if (i > 0) {
                p.append('/');
            }
            p.append(TOKENS[r.nextInt(TOKENS.length)]);
            if (r.nextInt(3) == 0) {
                p.append(TOKENS[r.nextInt(TOKENS.length)]);
            }
        }
        if (r.nextInt(4) == 0) {
            p.append('/');
        }
        return p.toString();
    }

    private static TreeSet<String> gitKeeps(Scratch s) {
        TreeSet<String> kept = new TreeSet<>();
        for (String p : s.git(s.root, "ls-files", "-z", "--others", "--exclude-standard").split("\0")) {
            if (!p.isEmpty() && !p.startsWith(".") && !p.contains("/.")) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static TreeSet<String> fileSetKeeps(Scratch s) {
        TreeSet<String> kept = new TreeSet<>();
        s.builder().include("*").build().collect(List.of(s.root.toString())).files()
                .forEach(f -> kept.add(f.relative().toString()));
        return kept;
    }
}
