package dev.conv.clean;

import dev.conv.step.StepResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.testutil.CleanOracle;
import dev.conv.testutil.CleanOracle.RegionActions;
import dev.conv.testutil.GfmMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code conv clean} with its default options over every page of the shared corpus and seeds
 * ({@code ../shared/corpus}, {@code ../shared/seeds}: real mirrored news pages, outside the
 * repository; skipped when absent), whole files through {@link Clean#apply} as the command line
 * runs it. For every page: no exception; a second run changes nothing; no {@code <ok>} tag is
 * left in any HTML region (stray {@code </ok>} end tags, which the parser ignores, are counted); no {@code *.md.png} share image is removed; no {@code 0px} by
 * {@code 0px} counter image is left; no end tag of an unwrapped element is left closing nothing; no
 * new blank line and, in Markdown, no lost hard line break; every character outside the tags, elements and entities the
 * rules act on is kept ({@link CleanOracle#unexplainedChange}); and the page shows the same text
 * but that of removed elements ({@link CleanOracle#lostText}). Problems are collected over all
 * pages and reported together.
 */
class CleanCorpusTest {
    private static final List<Path> ROOTS = List.of(Path.of("../shared/corpus"), Path.of("../shared/seeds"));
    private static final Path NTDTV_SEED = Path.of("../shared/seeds/ntdtv-mirror-page.md");
    private static final Pattern OK_TAG = Pattern.compile("<ok[\\s/>]", Pattern.CASE_INSENSITIVE);
    /** An end tag; the corpus holds a few with no start tag anywhere (a mirror's {@code <a name>...</ok>}). */
    private static final Pattern OK_END_TAG = Pattern.compile("</ok\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern QR_IMAGE = Pattern.compile("<img\\s[^>]*?src\\s*=\\s*['\"]?[^'\"\\s>]*\\.md\\.png",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZERO_PX_IMAGE = Pattern.compile(
            "<img\\s[^>]*width\\s*=\\s*['\"]?0px['\"]?[^>]*height\\s*=\\s*['\"]?0px", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PROBLEMS_SHOWN = 40;

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches("(?i).*\\.(md|markdown|html?)"))
                        .sorted()
                        .forEach(pages::add);
            }
        }
        return pages;
    }

    @Test
    void everyPageCleansOnceAndForAllLosingOnlyWhatItRemoves() throws IOException {
        Assumptions.assumeTrue(ROOTS.stream().anyMatch(Files::isDirectory),
                "shared corpus not found at " + ROOTS.get(0).toAbsolutePath().normalize() + ": test skipped");
        List<Path> pages = pages();
        Assumptions.assumeFalse(pages.isEmpty(), "shared corpus holds no .md or .html page: test skipped");

        long started = System.nanoTime();
        CleanPolicy policy = CleanPolicy.defaults();
        Clean clean = new Clean(policy);
        PageReader reader = new PageReader();
        List<String> problems = new ArrayList<>();
        Map<CleanKind, Integer> counts = new EnumMap<>(CleanKind.class);
        int changedPages = 0;
        int okTagsBefore = 0;
        int qrImages = 0;
        int strayEndTags = 0;
        int removedWithText = 0;
        for (Path path : pages) {
            Page page;
            try {
                page = reader.read(path);
            } catch (BadInputException e) {
                problems.add(path + ": unreadable: " + e.getMessage());
                continue;
            }
            StepResult result;
            try {
                result = clean.apply(page);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(path + ": clean threw " + e);
                continue;
            }
            String in = page.text();
            String out = result.page().text();
            result.changes().forEach(c -> counts.merge((CleanKind) c.kind(), 1, Integer::sum));
            changedPages += result.changed() ? 1 : 0;

            StepResult second = clean.apply(result.page());
            if (second.changed() || !second.changes().isEmpty()) {
                problems.add(path + ": a second run changes it: "
                        + second.changes().subList(0, Math.min(3, second.changes().size())));
            }

            okTagsBefore += count(OK_TAG, regionText(page));
            int okLeft = count(OK_TAG, regionText(result.page()));
            if (okLeft > 0) {
                problems.add(path + ": " + okLeft + " <ok> tags left in its HTML");
            }
            strayEndTags += count(OK_END_TAG, regionText(result.page()));
            int qrBefore = count(QR_IMAGE, regionText(page));
            qrImages += qrBefore;
            int qrAfter = count(QR_IMAGE, regionText(result.page()));
            if (qrAfter != qrBefore) {
                problems.add(path + ": " + qrBefore + " *.md.png share images before, " + qrAfter + " after");
            }
            if (count(ZERO_PX_IMAGE, regionText(result.page())) > 0) {
                problems.add(path + ": a 0px by 0px image is left");
            }

            Map<String, Integer> strayBefore = CleanOracle.strayEndTags(page);
            CleanOracle.strayEndTags(result.page()).forEach((name, n) -> {
                if (n > strayBefore.getOrDefault(name, 0)) {
                    problems.add(path + ": " + (n - strayBefore.getOrDefault(name, 0)) + " end tags </" + name
                            + "> left that close nothing");
                }
            });
            if (CleanOracle.blankLines(out) > CleanOracle.blankLines(in)) {
                problems.add(path + ": new blank lines (or quote lines of only \">\")");
            }
            if (page.kind() == dev.conv.page.SourceKind.MARKDOWN
                    && GfmMarkdown.hardBreaks(out) != GfmMarkdown.hardBreaks(in)) {
                problems.add(path + ": Markdown hard line breaks " + GfmMarkdown.hardBreaks(in) + " before, "
                        + GfmMarkdown.hardBreaks(out) + " after");
            }

            List<RegionActions> decisions = CleanOracle.decide(page, policy);
            String unexplained = CleanOracle.unexplainedChange(in, CleanOracle.allowed(in, decisions), out);
            if (unexplained != null) {
                problems.add(path + ": " + unexplained);
            }
            List<String> removed = CleanOracle.removedVisibleTexts(page, decisions);
            removedWithText += removed.size();
            String lost = CleanOracle.lostText(CleanOracle.visibleText(page), removed,
                    CleanOracle.visibleText(result.page()));
            if (lost != null) {
                problems.add(path + ": " + lost);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder report = new StringBuilder(String.format(
                "clean corpus: %d pages (%d changed) in %.1f s, %d <ok> tags, %d stray </ok> left, %d share images,"
                + " %d removed elements with visible text; %d problems%n", pages.size(), changedPages, seconds,
                okTagsBefore, strayEndTags, qrImages, removedWithText, problems.size()));
        for (CleanKind k : CleanKind.values()) {
            report.append(String.format("  %-20s %6d%n", k.id(), counts.getOrDefault(k, 0)));
        }
        System.out.print(report);
        assertThat(problems.subList(0, Math.min(MAX_PROBLEMS_SHOWN, problems.size())))
                .as("%s(first %d problems shown)", report, MAX_PROBLEMS_SHOWN).isEmpty();
        assertThat(okTagsBefore).as("the corpus should hold <ok> tags").isPositive();
        assertThat(seconds).as("the corpus run should stay fast (about 20 s here)").isLessThan(120);
    }

    @Test
    void theNtdtvSeedLosesItsCounterImageAndEveryOkTagAndNothingElse() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(NTDTV_SEED), NTDTV_SEED + " not found: test skipped");
        Page page = new PageReader().read(NTDTV_SEED);
        String in = page.text();
        String counter = "<img src='http://gfw-breaker.win/goodnews/pages/prog202/a102888556.md' width='0px' height='0px'/>";
        assertThat(in).as("the seed's last line, without a line break").endsWith("\n" + counter);
        StepResult result = new Clean().apply(page);
        String out = result.page().text();
        assertThat(out).doesNotContain("width='0px'").doesNotContain("<ok").doesNotContain("</ok>");
        int lastLine = (int) in.lines().count();
        assertThat(result.changes()).filteredOn(c -> c.kind() == CleanKind.TRACKING_PIXEL).singleElement()
                .satisfies(c -> {
                    assertThat(c.line()).isEqualTo(lastLine);
                    assertThat(c.detail()).endsWith("a102888556.md");
                });
        assertThat(result.changes()).filteredOn(c -> c.kind() == CleanKind.CUSTOM_TAG)
                .hasSize(count(Pattern.compile("<ok "), in)).allMatch(c -> c.action().equals("unwrap"));
        // the counter was the last line, without a line break: the break before it goes with it; the
        // <ok> tags stood on lines of their own, and so did the empty ad slot
        String expected = in.substring(0, in.length() - counter.length() - 1)
                .replaceAll("(?m)^[ \\t]*<ok href=\"[^\"]*\">\\n", "")
                .replaceAll("(?m)^[ \\t]*</ok>\\n", "")
                .replace(" <div class=\"single_ad\">\n </div>\n", "");
        assertThat(out).isEqualTo(expected);
        assertThat(result.changes()).hasSize(count(Pattern.compile("<ok "), in) + 2);
    }

    /** The page's HTML regions' text, one after the other (masked Markdown between inline tags). */
    private static String regionText(Page page) {
        StringBuilder sb = new StringBuilder();
        for (HtmlRegion r : HtmlRegions.of(page)) {
            sb.append(r.text()).append('\n');
        }
        return sb.toString();
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        for (Matcher m = p.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }
}
