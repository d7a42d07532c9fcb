package dev.conv.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conv.config.ConfigException;
import dev.conv.config.ConfigParser;
import dev.conv.config.Settings;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.run.Destination;
import dev.conv.run.FileOutcome;
import dev.conv.run.InputFile;
import dev.conv.run.Runner;
import dev.conv.run.Selection;
import dev.conv.step.Pipeline;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Steps built from settings: a value a step refuses is reported at its file, line and key. */
class StepCatalogTest {
    @TempDir
    Path dir;

    private Settings settings(String yaml) {
        return Settings.of(List.of(ConfigParser.parse(dir.resolve(".conv.yml"), yaml)), java.util.Map.of());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            steps: []                                                  | 1 | steps: names no step
            steps: [clean, links, clean]                               | 1 | steps: 'clean' is listed twice
            steps: [qr]\\nqr:\\n  scale: 0                           | 3 | qr.scale: must be 1 to 64
            steps: [qr]\\nqr:\\n  share-template: missing.txt          | 3 | qr.share-template: cannot read
            custom-tags: link\\ncustom-tag:\\n  - ok=link\\n  - bad   | 4 | custom-tag: invalid tag override 'bad'
            tracker-host: [ok.example, 'not a host']                   | 1 | tracker-host: invalid tracker host 'not a host'
            clean:\\n  remove:\\n    - 'div[['                         | 3 | clean.remove: invalid --remove selector
            steps: [links]\\nbase-url: not a url                       | 2 | base-url:
            steps: [links]\\nlinks:\\n  relative: true                | 3 | links.relative: needs base-url
            steps: [links]\\nlinks:\\n  via:\\n    - https://a.example/=https://b.example/\\n    - nonsense | 5 | links.via: expected FROM=TO
            steps: [links]\\nlinks:\\n  rules: [missing.json]          | 3 | links.rules: cannot read
            steps: [links]\\nlinks:\\n  proxies:\\n    - {host: a.example, param: u}\\n    - {host: b.example} | 5 | links.proxies: param: is required
            steps: [links]\\nlinks:\\n  tracking-params:\\n    - ref\\n    - {hosts: [a.example]} | 5 | links.tracking-params:
            steps: [links]\\nlinks:\\n  drop-param: ['*']              | 3 | links.drop-param:
            """)
    void aRefusedValueIsReportedWhereItWasGiven(String yaml, int line, String message) {
        Settings s = settings(yaml.replace("\\n", "\n") + "\n");
        assertThatThrownBy(() -> StepCatalog.standard().pipeline(s))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve(".conv.yml") + ":" + line + ": " + message);
    }

    @Test
    void rulesFilesAreFoundBesideTheConfigurationAndUsed() throws IOException {
        Files.writeString(dir.resolve("rules.json"), "{\"unwrap\": [{\"host\": \"go.example.net\", \"param\": \"to\"}]}");
        Pipeline p = StepCatalog.standard().pipeline(settings("steps: [links]\nlinks:\n  rules: [rules.json]\n"
                + "  proxies: [{host: out.example.com, param: u}]\n  tracking-params: [ref]\n"));
        StepResult r = p.apply(Page.of(SourceKind.MARKDOWN,
                "[a](https://go.example.net/?to=https%3A%2F%2Fx.example%2F) [b](https://out.example.com/?u=https://y.example/?ref=1)\n"));
        assertThat(r.page().text()).isEqualTo("[a](https://x.example/) [b](https://y.example/)\n");
    }

    @Test
    void withAddsOrReplacesAStepAndHtml2mdLeavesHtmlPagesAlone() {
        Step named = new Step() {
            @Override
            public String name() {
                return "qr";
            }

            @Override
            public StepResult apply(Page page) {
                return StepResult.unchanged(page);
            }
        };
        StepCatalog withQr = StepCatalog.standard().with("qr", s -> named);
        assertThat(withQr.pipeline(settings("steps: [clean, qr]\n")).steps()).extracting(Step::name)
                .containsExactly("clean", "qr");
        Pipeline html2md = StepCatalog.standard().pipeline(settings("steps: [html2md]\n"));
        Page html = Page.of(SourceKind.HTML, "<p><b>x</b></p>\n");
        assertThat(html2md.apply(html).changed()).isFalse();
        assertThat(html2md.apply(Page.of(SourceKind.MARKDOWN, "<p><b>x</b></p>\n")).page().text()).isEqualTo("**x**\n");
    }

    @Test
    void extractCutsAnHtmlPageToItsArticleAndPassesMarkdown() {
        Pipeline p = StepCatalog.standard().pipeline(settings("steps: [extract]\n"));
        String article = "<article><h1>Title</h1>" + "<p>A paragraph of the story, long enough to be read as prose, "
                + "with commas, clauses, and a full stop.</p>".repeat(6) + "</article>";
        String page = "<html><body><nav><a href=/a>Home</a> <a href=/b>News</a> <a href=/c>Sport</a></nav>"
                + article + "<footer><a href=/d>Contact</a></footer></body></html>\n";
        String out = p.apply(Page.of(SourceKind.HTML, page)).page().text();
        assertThat(out).contains("<h1>Title</h1>").contains("A paragraph of the story").doesNotContain("Sport")
                .doesNotContain("Contact");
        assertThat(p.apply(Page.of(SourceKind.MARKDOWN, "# x\n\n[Sport](/c)\n")).changed()).isFalse();
    }

    @Test
    void aPipelineOfSeveralStepsReadsAndWritesEachFileOnce() throws IOException {
        Path page = dir.resolve("a.md");
        Files.writeString(page, "<p>a<font>b</font></p>\n\n[x](https://e.example/p?utm_source=feed)\n");
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        PageReader reader = new PageReader();
        StringBuilder written = new StringBuilder();
        Destination counting = new Destination() {
            @Override
            public void beforeRead(InputFile file) {
                reads.incrementAndGet(); // the runner announces each read of a file here
            }

            @Override
            public void write(InputFile file, StepResult result) {
                writes.incrementAndGet();
                written.append(result.page().text());
            }
        };
        Pipeline p = StepCatalog.standard().pipeline(settings("steps: [clean, links]\n"));
        List<FileOutcome> outcomes = new Runner(reader, p, counting, false)
                .run(new Selection(List.of(new InputFile(page, page.getFileName())), List.of(), List.of()), o -> { });
        assertThat(outcomes).hasSize(1);
        assertThat(reads).hasValue(1);
        assertThat(writes).hasValue(1);
        assertThat(written.toString()).isEqualTo("<p>ab</p>\n\n[x](https://e.example/p)\n");
    }
}
