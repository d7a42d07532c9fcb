package dev.conv.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conv.page.BadPageException;
import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.step.Pipeline;
import dev.conv.step.StepResult;
import dev.conv.testutil.ScriptFreeOutput;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The step as a library caller (conv fix) builds it: from plain options, on a placed page. */
class QrStepTest {
    private static final String URL = "https://example.org/news/pages/1/%E6%96%87.md";

    private static Page placed() {
        return Page.of(SourceKind.MARKDOWN, "# 文\n").withLocation(new PageLocation("pages/1/文.md", URL));
    }

    @Test
    void thePageKeepsItsTextAndGetsItsImageAsAnArtifact() {
        StepResult r = new Qr(QrOptions.defaults()).apply(placed());
        assertThat(r.changed()).isFalse();
        assertThat(r.page().text()).isEqualTo("# 文\n");
        assertThat(r.artifacts()).singleElement().satisfies(a -> {
            assertThat(a.path()).isEqualTo(Path.of("文.md.png"));
            assertThat(QrDecoder.png(a.bytes())).isEqualTo(URL);
        });
    }

    @Test
    void theSameUrlAndOptionsGiveTheSameBytesEveryTime() {
        for (QrOptions o : new QrOptions[] {QrOptions.defaults(), QrOptions.legacy().withFormat(QrOptions.Format.SVG),
                QrOptions.defaults().withEcc(QrOptions.Ecc.H).withSize(300).withBorder(2)}) {
            byte[] first = new Qr(o).apply(placed()).artifacts().get(0).bytes();
            byte[] again = new Qr(o).apply(placed()).artifacts().get(0).bytes();
            assertThat(again).isEqualTo(first);
        }
    }

    @Test
    void inAPipelineTheShareBlockAndTheImageBothCome() {
        QrOptions o = QrOptions.legacy().withShareBlock(true, ShareTemplate.DEFAULT);
        StepResult r = Pipeline.of(new Qr(o)).apply(placed());
        assertThat(r.changed()).isTrue();
        assertThat(r.page().text()).startsWith("# 文\n\n<!-- conv:share -->\n").contains("<img src='文.md.png'/>");
        assertThat(r.changes()).singleElement().satisfies(c -> assertThat(c.action()).isEqualTo("insert"));
        assertThat(r.artifacts()).hasSize(1);
    }

    @Test
    void aPageWithoutAPublicUrlIsBadInputThatSaysWhyWithoutNamingAnyOption() {
        assertThatThrownBy(() -> new Qr(QrOptions.defaults()).apply(Page.of(SourceKind.MARKDOWN, "x")))
                .isInstanceOfSatisfying(Qr.NoPublicUrlException.class, e -> {
                    assertThat(e.offSite()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("not inside the site's root: no public URL for its QR image");
                });
        Page noBase = Page.of(SourceKind.MARKDOWN, "x").withLocation(PageLocation.of("a.md"));
        assertThatThrownBy(() -> new Qr(QrOptions.defaults()).apply(noBase))
                .isInstanceOfSatisfying(Qr.NoPublicUrlException.class, e -> {
                    assertThat(e.offSite()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("no public URL for its QR image: the site has no base URL");
                });
    }

    @Test
    void noMessageOfTheLibraryNamesACommandLineOption() {
        String tooLong = "https://example.org/" + "x".repeat(3000);
        assertThatThrownBy(() -> new Qr(QrOptions.defaults().withEcc(QrOptions.Ecc.H))
                .apply(Page.of(SourceKind.MARKDOWN, "x").withLocation(new PageLocation("a.md", tooLong))))
                .isInstanceOf(BadPageException.class).hasMessageContaining("a lower level holds more")
                .message().doesNotContain("--");
    }

    @Test
    void theHigherLevelIsTakenWhenItFitsTheSameSymbol() {
        QrSymbol s = QrSymbol.encode("hello", QrOptions.Ecc.L); // 5 bytes: version 1 holds 7 at H
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.ecc()).isEqualTo(QrOptions.Ecc.H);
    }

    @Test
    void theShareBlocksImageIsAPathRelativeToThePageWhateverItsFileNameHolds() {
        QrOptions o = QrOptions.legacy().withShareBlock(true, ShareTemplate.DEFAULT);
        // a colon would make the name read as a scheme ("javascript:"); '#', '?' and '%' as a fragment, query, escape
        for (String[] c : new String[][] {{"javascript:alert(1).md", "./javascript:alert(1).md.png"},
                {"Z:+x.md", "./Z:+x.md.png"}, {"a#1?b%.md", "a%231%3Fb%25.md.png"}, {"文 1.md", "文 1.md.png"}}) {
            Page page = Page.of(SourceKind.MARKDOWN, "# x\n")
                    .withLocation(new PageLocation("d/" + c[0], "https://example.org/d/page.md"));
            StepResult r = new Qr(o).apply(page);
            assertThat(r.page().text()).as(c[0]).contains("<img src='" + c[1] + "'/>");
            assertThat(ScriptFreeOutput.problems(r.page().text())).as(c[0]).isEmpty();
            StepResult again = new Qr(o).apply(r.page());
            assertThat(again.changed()).as(c[0] + ": second run").isFalse();
        }
    }

    @Test
    void aPageEndingInsideAnOpenHtmlBlockFenceOrTagIsLeftAloneAndNamed() {
        QrOptions o = QrOptions.legacy().withShareBlock(true, ShareTemplate.DEFAULT);
        // an added block would be read inside it: the unclosed tag would take the block's text as attributes
        for (String text : new String[] {"# x\n\n<script hiring\n", "<div title=\"x\n", "a\n\n```\ncode\n",
                "<div>\n<img src=x onerror=alert(1) alt='a\n",
                "<a name=x>\n<b onclick\n='x\n\n- a list after the block that left the tag open\n"}) {
            Page page = Page.of(SourceKind.MARKDOWN, text).withLocation(new PageLocation("a.md", "https://example.org/a.md"));
            assertThatThrownBy(() -> new Qr(o).apply(page)).as(text).isInstanceOf(BadPageException.class)
                    .hasMessageContaining("open");
        }
        for (String text : new String[] {"<div title=\"x\">y</div>\n", "a <b title='x\n", "```\ncode\n```\n"}) {
            Page page = Page.of(SourceKind.MARKDOWN, text).withLocation(new PageLocation("a.md", "https://example.org/a.md"));
            StepResult r = new Qr(o).apply(page);
            assertThat(r.changed()).as(text).isTrue();
            assertThat(ScriptFreeOutput.problems(r.page().text())).as(text).isEmpty();
        }
    }
}
