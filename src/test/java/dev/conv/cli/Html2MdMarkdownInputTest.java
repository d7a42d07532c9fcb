package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code conv html2md} reads Markdown input the way GitHub renders it. */
class Html2MdMarkdownInputTest {
    @Test
    void singleTildesStrikeThroughAsOnGitHub() {
        // cmark-gfm -e strikethrough: <p>原文<del>已删除</del>保留，<del>two</del> too.</p>
        CliRun r = CliRun.run("原文~已删除~保留，~~two~~ too.\n", "html2md", "--from", "markdown");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("原文~~已删除~~保留，~~two~~ too.\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void deeplyNestedQuotesAreReadAsText() {
        // The reader opens at most 100 blocks at once; deeper markers are text, not a stack overflow.
        String deep = ">".repeat(100_000) + " x\n";
        CliRun r = CliRun.run(deep, "html2md", "--from", "markdown");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("> > > ").contains(">>>>>>>>").endsWith(" x\n");
    }
}
