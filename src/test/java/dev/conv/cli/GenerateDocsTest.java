package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(fix).contains("conv-fix").contains("*--check*").contains("*--config*=_FILE_")
                .contains(".conv.yml");
        assertThat(Files.readString(out.resolve("man/conv.adoc"))).contains("conv-html2md").contains("conv-config");
    }
}
