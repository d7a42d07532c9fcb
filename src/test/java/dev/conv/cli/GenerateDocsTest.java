package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script and man pages the build writes come from the command tree: every command and option is there. */
class GenerateDocsTest {
    @TempDir
    Path out;

    @Test
    void completionAndManPagesNameEveryCommandAndItsOptions() throws Exception {
        GenerateDocs.main(new String[] {out.toString()});
        String completion = Files.readString(out.resolve("conv_completion.bash"));
        assertThat(completion).contains("complete -F _complete_conv")
                .contains("html2md").contains("clean").contains("links").contains("fix").contains("config")
                .contains("--no-config").contains("--steps").contains("--check-local");
        String fix = Files.readString(out.resolve("man/conv-fix.adoc"));
        assertThat(fix).contains("conv-fix").contains("**--check**").contains("**--config**=_FILE_")
                .contains(".conv.yml");
        assertThat(Files.readString(out.resolve("man/conv.adoc"))).contains("conv-html2md").contains("conv-config");
    }

    @Test
    void withAsciidoctorEveryManPageRendersToRoffThatManShowsWithItsSections() throws Exception {
        assumeTrue(Exec.available("asciidoctor"),
                "asciidoctor is not installed (apt-get install asciidoctor): the roff pages are not made");
        assumeTrue(Exec.available("man"), "man is not installed: the roff pages cannot be shown");
        GenerateDocs.main(new String[] {out.toString()});
        List<Path> pages;
        try (var adoc = Files.list(out.resolve("man"))) {
            pages = adoc.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.adoc$", "");
            Path roff = out.resolve("man1").resolve(name + ".1");
            assertThat(roff).exists();
            Exec man = Exec.run(out, Map.of("MANWIDTH", "100", "MANPAGER", "cat", "PAGER", "cat"),
                    "man", "-l", roff.toString());
            assertThat(man.exitCode()).as(man.output()).isZero();
            String shown = man.output().replaceAll(".\b", ""); // overstrike bold and underline
            assertThat(shown).as(name).contains("\nNAME\n").contains("\nSYNOPSIS\n").contains("\nOPTIONS\n")
                    .contains(name.replace("conv-", "conv "));
            // AsciiDoc's constrained bold fails beside a word character: "--steps*=STEPS", "[-w* | -c"
            assertThat(shown).as(name + ": markup shown as text").doesNotContainPattern("-[A-Za-z-]+\\*[=\\s\\]]");
        }
        String fix = Files.readString(out.resolve("man1/conv-fix.1"));
        assertThat(fix).contains("html2md");
    }
}
