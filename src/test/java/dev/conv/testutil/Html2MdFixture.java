package dev.conv.testutil;

import dev.conv.clean.Clean;
import dev.conv.clean.CleanPolicy;
import dev.conv.clean.EntityRepair;
import dev.conv.html.TagPolicies;
import dev.conv.html.TagPolicy;
import dev.conv.markdown.Html2MdOptions;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One html2md golden case in {@code test-fixtures/html2md/} ({@link Fixtures#html2md()}):
 * {@code NAME.in.html} or {@code NAME.in.md} (Markdown that embeds HTML) is the input,
 * {@code NAME.out.md} the expected output, and an optional {@code NAME.options} holds html2md
 * options, one a line as on the command line ({@code --bullet=*}, {@code --keep-html},
 * {@code --custom-tag=ok=link}; {@code #} starts a comment).
 */
public record Html2MdFixture(String name, Path input, Path expected, Html2MdOptions options, boolean markdownInput) {
    static Html2MdFixture of(Fixtures.Fixture files) {
        return new Html2MdFixture(files.name(), files.input(), files.expected(), options(files.optionLines()),
                SourceKind.fromFileName(files.input().getFileName().toString()).orElseThrow() == SourceKind.MARKDOWN);
    }

    /** The input's text as conv decodes it: charset from BOM or meta, BOM removed. */
    public String inputText() {
        return Html2MdRun.read(input).text();
    }

    /** The expected Markdown, or null when the file does not exist yet. */
    public String expectedText() {
        return Files.exists(expected) ? Fixtures.read(expected) : null;
    }

    /**
     * The input as HTML, as html2md means to read it: the file itself, or the Markdown rendered
     * as GitHub renders it, with double escapes ({@code &amp;#039;}) repaired as
     * {@code conv clean} repairs them in the source, and, under custom-tag options, with the
     * tags {@code conv clean} with those options turns into links or drops.
     */
    public String inputHtml() {
        String html = markdownInput ? GfmMarkdown.toHtml(inputText()) : inputText();
        if (options.tagPolicies() != TagPolicies.DEFAULTS) {
            Clean clean = new Clean(CleanPolicy.builder().tagPolicies(options.tagPolicies()).build());
            html = clean.apply(Page.of(SourceKind.HTML, html)).page().text();
        }
        return EntityRepair.apply(html);
    }

    public boolean keepsHtml() {
        return options.keepHtml();
    }

    /** Converts the input file as {@code conv html2md FILE} does, with the fixture's options. */
    public String convert() {
        return Html2MdRun.file(input, options);
    }

    /** Converts Markdown (e.g. this fixture's output) again, as {@code --from markdown}, same options. */
    public String convertMarkdown(String markdown) {
        return Html2MdRun.markdown(markdown, options);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Maps CLI-style option lines onto {@link Html2MdOptions}. */
    public static Html2MdOptions options(String lines) {
        Html2MdOptions o = Html2MdOptions.defaults();
        for (String raw : lines.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            switch (name) {
                case "--bullet":
                    if (value.length() != 1) {
                        throw new IllegalArgumentException("--bullet takes one character: " + line);
                    }
                    o = o.withBullet(value.charAt(0));
                    break;
                case "--heading-style":
                    o = o.withHeadingStyle(Html2MdOptions.HeadingStyle.valueOf(value.toUpperCase(Locale.ROOT)));
                    break;
                case "--code-style":
                    o = o.withCodeStyle(Html2MdOptions.CodeStyle.valueOf(value.toUpperCase(Locale.ROOT)));
                    break;
                case "--link-style":
                    o = o.withLinkStyle(Html2MdOptions.LinkStyle.valueOf(value.toUpperCase(Locale.ROOT)));
                    break;
                case "--wrap":
                    o = o.withWrap(Integer.parseInt(value));
                    break;
                case "--keep-html":
                    o = o.withKeepHtml(value.isEmpty() || Boolean.parseBoolean(value));
                    break;
                case "--allow-data-images":
                    o = o.withAllowDataImages(value.isEmpty() || Boolean.parseBoolean(value));
                    break;
                case "--custom-tags":
                    o = o.withTagPolicies(o.tagPolicies().withCustomTags(TagPolicy.parse(value)));
                    break;
                case "--custom-tag":
                    o = o.withTagPolicies(o.tagPolicies().withOverride(value));
                    break;
                default:
                    throw new IllegalArgumentException("unknown html2md option in fixture: " + line);
            }
        }
        return o;
    }
}
