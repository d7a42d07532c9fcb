package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.MarkdownReader;
import dev.conv.page.FrontMatter;
import dev.conv.testutil.CleanOracle;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Fixtures.Fixture;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for {@code conv links} ({@link Fixtures#links()}), run as the command line runs:
 * each {@code NAME.in.EXT} goes through {@code conv links -v} on stdin with the options of its
 * {@code NAME.options} (placed on the site as {@code --stdin-filepath} says, the project being the
 * root), and must give exactly the bytes of {@code NAME.out.EXT} and the report of
 * {@code NAME.changes.txt}. {@code -Dconv.updateGolden=true} rewrites them, to review as a diff.
 * The properties hold on every fixture: a second run changes nothing, and only link spans change.
 */
class LinksGoldenTest {
    static List<Fixture> fixtures() {
        return Fixtures.links();
    }

    /** The arguments of a fixture's run, on {@code input}'s text given on stdin. */
    static List<String> args(Fixture f, String... more) {
        List<String> args = new ArrayList<>(List.of("links", "-v", "--root=."));
        boolean named = false;
        for (String line : f.optionLines().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            named |= l.startsWith("--stdin-filepath");
            args.add(l);
        }
        if (!named) {
            args.add("--stdin-filepath=" + f.input().getFileName());
        }
        args.addAll(List.of(more));
        return args;
    }

    private static String name(Fixture f) {
        List<String> args = args(f);
        for (String a : args) {
            if (a.startsWith("--stdin-filepath=")) {
                return a.substring("--stdin-filepath=".length());
            }
        }
        throw new AssertionError();
    }

    record Run(String out, List<String> changes) {
    }

    static Run run(Fixture f, String input, String... more) {
        CliRun r = CliRun.run(input, args(f, more).toArray(String[]::new));
        assertThat(r.exitCode()).as("%s: %s", f.name(), r.err()).isZero();
        String prefix = name(f) + ":";
        List<String> changes = new ArrayList<>();
        for (String line : r.err().lines().toList()) {
            assertThat(line).as("%s: stderr", f.name()).startsWith(prefix);
            changes.add(line.substring(prefix.length()));
        }
        return new Run(r.out(), changes);
    }

    @Test
    void theFolderHoldsFixtures() {
        assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rewritesToTheExpectedBytesAndReport(Fixture f) {
        Run run = run(f, Fixtures.read(f.input()));
        String report = run.changes().isEmpty() ? "" : String.join("\n", run.changes()) + "\n";
        if (Fixtures.UPDATE) {
            Fixtures.write(f.expected(), run.out());
            Fixtures.write(f.changes(), report);
            return;
        }
        assertThat(Files.exists(f.expected())).as("%s is missing: run with -Dconv.updateGolden=true, then review it",
                f.expected()).isTrue();
        assertThat(run.out()).as(f.name()).isEqualTo(Fixtures.read(f.expected()));
        assertThat(report).as(f.name() + " report").isEqualTo(Fixtures.read(f.changes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aSecondRunChangesNothing(Fixture f) {
        Run first = run(f, Fixtures.read(f.input()));
        Run second = run(f, first.out());
        assertThat(second.out()).as(f.name()).isEqualTo(first.out());
        assertThat(second.changes()).as(f.name()).allMatch(c -> c.contains(" leave malformed-url "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void onlyLinkSpansChange(Fixture f) {
        String in = Fixtures.read(f.input());
        String out = run(f, in).out();
        BitSet allowed = linkSpans(in, f.input().toString().endsWith(".md"));
        assertThat(CleanOracle.unexplainedChange(in, allowed, out)).as(f.name()).isNull();
    }

    @Test
    void relativeThenResolveGivesBackTheAbsoluteUrls() {
        Fixture f = Fixtures.named(fixtures(), "md-relative");
        String in = Fixtures.read(f.input());
        String relative = run(f, in).out();
        assertThat(relative).isNotEqualTo(in).contains("](a2.md)", "](../../indexes/19.md#top)");
        List<String> resolveArgs = args(f).stream().filter(a -> !a.equals("--relative")).toList();
        String resolvedBack = CliRun.run(relative, resolveArgs.toArray(String[]::new)).out();
        String resolvedDirect = CliRun.run(in, resolveArgs.toArray(String[]::new)).out();
        assertThat(resolvedBack).isEqualTo(resolvedDirect).contains("](https://mirror.example/news/pages/p1/a2.md)",
                "](https://mirror.example/news/indexes/19.md#top)", "](https://mirror.example/news/README.md)");
    }

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern SPLIT = Pattern.compile("(?m)^\\[[ \\t]*\\n|^\\]\\([^)\\n]*\\)");
    /** Text written as an inline link that CommonMark reads as text ({@code [x](a b.md)}): a repair may make it one. */
    private static final Pattern UNPARSED = Pattern.compile("\\[[^\\[\\]\\n]+\\]\\([^\\n]*\\)");

    /**
     * The characters a links run may change, found without the step's own reading: every HTML tag
     * (its attributes), and in Markdown every link and image as commonmark-java spans them and
     * every reference definition with its line.
     */
    static BitSet linkSpans(String text, boolean markdown) {
        BitSet allowed = new BitSet();
        for (Matcher m = TAG.matcher(text); m.find(); ) {
            allowed.set(m.start(), m.end());
        }
        if (!markdown) {
            return allowed;
        }
        // a link an earlier converter split around a block: its lone "[" line and its "](URL)"
        for (Matcher m = SPLIT.matcher(text); m.find(); ) {
            allowed.set(m.start(), m.end());
        }
        for (Matcher m = UNPARSED.matcher(text); m.find(); ) {
            allowed.set(m.start(), m.end());
        }
        int front = FrontMatter.length(text);
        Node doc = MarkdownReader.parse(text.substring(front));
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                mark(link, false);
            }

            @Override
            public void visit(Image image) {
                mark(image, false);
            }

            @Override
            public void visit(LinkReferenceDefinition def) {
                mark(def, true);
            }

            private void mark(Node n, boolean wholeLines) {
                for (SourceSpan s : n.getSourceSpans()) {
                    int end = front + s.getInputIndex() + s.getLength();
                    if (wholeLines) {
                        while (end < text.length() && text.charAt(end) != '\n') {
                            end++;
                        }
                        end = Math.min(text.length(), end + 1);
                    }
                    int start = front + s.getInputIndex();
                    if (wholeLines && start > 0 && text.charAt(start - 1) == '\n') {
                        start--; // a removed definition may take the line break before it
                    }
                    allowed.set(start, end);
                }
            }
        });
        return allowed;
    }
}
