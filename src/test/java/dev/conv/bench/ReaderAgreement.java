package dev.conv.bench;

import dev.conv.page.FrontMatter;
import dev.conv.testutil.SpecHtml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;

/**
 * How closely conv's Markdown reader agrees with GitHub's renderer, cmark-gfm: over the
 * CommonMark and GFM spec examples and the Markdown pages given, the documents whose HTML differs
 * from cmark-gfm's (after the spec tests' normalisation), and the documents where the reader
 * takes other stretches for raw HTML (HTML blocks and inline tags: what {@code clean} edits).
 * Prints a Markdown table; every difference goes to the details file.
 *
 * <pre>ReaderAgreement [--cmark PROGRAM] [--details FILE] PATH...</pre>
 *
 * Exit 2 when cmark-gfm cannot be run. Front matter is cut off first: it is not Markdown.
 */
public final class ReaderAgreement {
    /** The GFM extensions that change how a page is read, which conv reads with today. */
    private static final List<String> READ_EXTENSIONS = List.of("table", "strikethrough");

    record Doc(String name, String markdown) {
    }

    /** A reader and the cmark-gfm run it is held against. */
    private record Row(MarkdownReader reader, CmarkGfm reference) {
    }

    /** Of a set of documents, how many differ in their HTML and how many in their raw HTML parts. */
    private record Tally(int html, int parts) {
        @Override
        public String toString() {
            return html + " / " + parts;
        }
    }

    private ReaderAgreement() {
    }

    public static void main(String[] args) throws IOException {
        String program = "cmark-gfm";
        Path details = Path.of("reader-agreement.txt");
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cmark" -> program = args[++i];
                case "--details" -> details = Path.of(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        String version = CmarkGfm.version(program);
        if (version == null) {
            System.err.println("reader agreement: " + program + " cannot be run (Debian: apt-get install cmark-gfm)");
            System.exit(2);
        }
        List<String> withAutolink = new ArrayList<>(READ_EXTENSIONS);
        withAutolink.add("autolink");
        CmarkGfm plain = new CmarkGfm(program, READ_EXTENSIONS);
        List<Row> rows = List.of(new Row(new CommonmarkReader(false), plain),
                new Row(new CommonmarkReader(true), new CmarkGfm(program, withAutolink)));

        List<Example> spec = ExampleReader.readExamples(TestResources.getSpec());
        List<Doc> specDocs = examples("spec", spec);
        List<Doc> gfmDocs = examples("gfm-spec", ExampleReader.readExamples(TestResources.getGfmSpec()));
        List<Doc> pages = pages(paths);
        System.out.printf("Reference: %s, raw HTML passed through (--unsafe). Each cell: documents whose HTML "
                + "differs / documents whose raw HTML parts differ.%n%n", version);
        System.out.printf("| reader | held against | CommonMark 0.31.2 examples (%d) | GFM 0.29 examples (%d) | pages (%d) |%n",
                specDocs.size(), gfmDocs.size(), pages.size());
        System.out.println("|---|---|---:|---:|---:|");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
            for (Row row : rows) {
                System.out.printf("| %s | %s | %s | %s | %s |%n", row.reader.name(), row.reference.name(),
                        compare(row, specDocs, out), compare(row, gfmDocs, out), compare(row, pages, out));
            }
        }
        int own = 0;
        for (Example ex : spec) {
            if (!same(plain.html(ex.getSource()), ex.getHtml())) {
                own++;
            }
        }
        System.out.printf("%n%s itself differs from the expected HTML of %d of the %d CommonMark 0.31.2 examples.%n",
                plain.name(), own, spec.size());
        System.out.println("Every difference: " + details);
    }

    /** Counts, and writes to the details, the documents whose HTML or raw HTML parts differ. */
    private static Tally compare(Row row, List<Doc> docs, PrintWriter out) {
        // cmark-gfm runs as one process per document: two at a time.
        List<Outcome> outcomes = docs.parallelStream().map(doc -> outcome(row, doc)).toList();
        int html = 0;
        int parts = 0;
        for (Outcome o : outcomes) {
            html += o.html ? 1 : 0;
            parts += o.parts ? 1 : 0;
            out.print(o.details);
        }
        out.flush();
        return new Tally(html, parts);
    }

    /** Whether one document's HTML and its raw HTML parts differ, with the first difference of each. */
    private record Outcome(boolean html, boolean parts, String details) {
    }

    private static Outcome outcome(Row row, Doc doc) {
        StringBuilder details = new StringBuilder();
        String want = SpecHtml.normalize(row.reference.html(doc.markdown));
        String got = SpecHtml.normalize(row.reader.html(doc.markdown));
        boolean html = !want.equals(got);
        if (html) {
            details.append("== ").append(row.reader.name()).append(": HTML differs, ").append(doc.name).append('\n')
                    .append(firstDifference(want, got)).append('\n');
        }
        List<MarkdownReader.HtmlPart> wantParts = row.reference.htmlParts(doc.markdown);
        List<MarkdownReader.HtmlPart> gotParts = row.reader.htmlParts(doc.markdown);
        boolean parts = !wantParts.equals(gotParts);
        if (parts) {
            details.append("== ").append(row.reader.name()).append(": raw HTML parts differ, ").append(doc.name).append('\n')
                    .append(firstDifference(wantParts, gotParts)).append('\n');
        }
        return new Outcome(html, parts, details.toString());
    }

    private static boolean same(String a, String b) {
        return SpecHtml.normalize(a).equals(SpecHtml.normalize(b));
    }

    private static String firstDifference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "  cmark-gfm: " + excerpt(want, from) + "\n  reader:    " + excerpt(got, from);
    }

    private static String excerpt(String s, int from) {
        return s.substring(Math.min(from, s.length()), Math.min(s.length(), from + 160)).replace("\n", "\\n");
    }

    private static String firstDifference(List<MarkdownReader.HtmlPart> want, List<MarkdownReader.HtmlPart> got) {
        int i = 0;
        while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) {
            i++;
        }
        return "  cmark-gfm: " + (i < want.size() ? excerpt(want.get(i).toString(), 0) : "(no more)")
                + "\n  reader:    " + (i < got.size() ? excerpt(got.get(i).toString(), 0) : "(no more)");
    }

    private static List<Doc> examples(String name, List<Example> examples) {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example ex = examples.get(i);
            docs.add(new Doc(name + " example " + (i + 1) + " (" + ex.getSection() + ")", ex.getSource()));
        }
        return docs;
    }

    /** The Markdown files under the paths, sorted, with their front matter cut off. */
    static List<Doc> pages(List<Path> paths) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches("(?i).*\\.(md|markdown)$")).sorted()::iterator) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    docs.add(new Doc(p.toString(), text.substring(FrontMatter.length(text))));
                }
            }
        }
        return docs;
    }
}
