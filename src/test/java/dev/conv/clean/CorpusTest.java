package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the rules over every page of the shared corpus ({@code ../shared/corpus}, outside the
 * repository; skipped when absent). Markdown pages are parsed whole as HTML here. Prints counts
 * per kind for a sanity check; asserts invariants, not counts.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void rulesHoldOnTheCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "shared corpus not found at " + CORPUS.toAbsolutePath().normalize() + ": test skipped");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            pages = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html")
                            || p.toString().endsWith(".htm"))
                    .sorted()
                    .toList();
        }
        Assumptions.assumeFalse(pages.isEmpty(), "shared corpus has no pages: test skipped");

        CleanRules rules = new CleanRules();
        Map<CleanKind, Integer> counts = new EnumMap<>(CleanKind.class);
        int okTags = 0;
        int qrImages = 0;
        int repairs = 0;
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Document doc = Cleaning.parse(text);
            String before = doc.outerHtml();
            List<CleanAction> actions = rules.decide(doc);
            if (!doc.outerHtml().equals(before)) {
                problems.add(page + ": decide changed the DOM");
            }
            actions.forEach(a -> counts.merge(a.kind(), 1, Integer::sum));

            Map<Element, CleanAction> byElement = new IdentityHashMap<>();
            actions.forEach(a -> byElement.put(a.element(), a));
            for (Element ok : doc.getElementsByTag("ok")) {
                okTags++;
                if (actedOn(ok, byElement) == null) {
                    problems.add(page + ": <ok> at " + ok.sourceRange() + " not acted on");
                }
            }
            for (Element img : doc.getElementsByTag("img")) {
                if (img.attr("src").endsWith(".md.png")) {
                    qrImages++;
                    CleanAction a = actedOn(img, byElement);
                    if (a != null && a.type() == CleanAction.Type.REMOVE) {
                        problems.add(page + ": QR image " + img.attr("src") + " removed by " + a);
                    }
                }
            }
            int last = -1;
            for (CleanAction a : actions) {
                int start = a.element().sourceRange().startPos();
                if (start <= last) {
                    problems.add(page + ": actions out of document order at " + a);
                }
                last = start;
            }
            String cleaned = Cleaning.applyToSource(text, actions);
            List<CleanAction> again = rules.decide(Cleaning.parse(cleaned));
            if (!again.isEmpty()) {
                problems.add(page + ": not idempotent, second pass: " + again.subList(0, Math.min(3, again.size())));
            }
            repairs += EntityRepair.find(text).size();
            String repaired = EntityRepair.apply(text);
            if (!EntityRepair.find(repaired).isEmpty()) {
                problems.add(page + ": entity repair not idempotent");
            }
        }
        StringBuilder report = new StringBuilder("corpus: " + pages.size() + " pages, " + okTags + " <ok> tags, "
                + qrImages + " QR images, " + repairs + " entity repairs\n");
        for (CleanKind k : CleanKind.values()) {
            report.append(String.format("  %-20s %6d%n", k.id(), counts.getOrDefault(k, 0)));
        }
        System.out.print(report);
        assertThat(problems).as(report.toString()).isEmpty();
        assertThat(okTags).isPositive();
    }

    /** The action on {@code el} or on an ancestor that removes it, or null. */
    private static CleanAction actedOn(Element el, Map<Element, CleanAction> byElement) {
        CleanAction own = byElement.get(el);
        if (own != null) {
            return own;
        }
        for (Element p = el.parent(); p != null; p = p.parent()) {
            CleanAction a = byElement.get(p);
            if (a != null && a.type() == CleanAction.Type.REMOVE) {
                return a;
            }
        }
        return null;
    }
}
