package dev.conv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.page.BadInputException;
import dev.conv.page.BadPageException;
import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.qr.Qr;
import dev.conv.qr.QrDecoder;
import dev.conv.qr.QrOptions;
import dev.conv.qr.ShareTemplate;
import dev.conv.step.Artifact;
import dev.conv.step.Change;
import dev.conv.step.StepResult;
import dev.conv.testutil.ScriptFreeOutput;
import dev.conv.url.BaseUrl;
import dev.conv.url.PercentEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * qr as {@code conv fix} runs it with {@code qr.share-block} on, on HTML and on Markdown pages
 * placed on a site with a base URL, under a file name the fuzzer picks: only bad input is refused
 * (unreadable bytes; an opening share marker with no closing one, or a page ending inside an open
 * fence, HTML block or tag, which the step names); the
 * step's result, run through the step again, is the same text with no change reported; the step
 * changes only its share block (HTML pages not at all); it makes no Markdown page able to run
 * script; the share block links the page's URL and shows its image (a path relative to the
 * page, whose escapes give the file name back); and the image decodes, as
 * PNG or SVG, to the page's public URL.
 *
 * <p>Input layout (FuzzedDataProvider): last byte, bit 0: Markdown (else HTML); the byte before,
 * bit 0: SVG (else PNG); the one before: the file name's length in bytes (mod 25), taken from the
 * front of the data as UTF-8; the rest is the page.
 */
class QrFuzzTest {
    private static final BaseUrl BASE = BaseUrl.parse("https://fuzz.example/site/");
    private static final String OPEN = "<!-- conv:share -->";
    private static final String CLOSE = "<!-- /conv:share -->";
    /** Images already decoded to their URL, by format and URL: the decoder is slow, and URLs recur. */
    private static final Map<String, byte[]> DECODED = new HashMap<>();

    @FuzzTest(maxDuration = "10m")
    void qr(FuzzedDataProvider data) {
        SourceKind kind = data.consumeBoolean() ? SourceKind.MARKDOWN : SourceKind.HTML;
        QrOptions.Format format = data.consumeBoolean() ? QrOptions.Format.SVG : QrOptions.Format.PNG;
        String name = fileName(data.consumeBytes(data.consumeInt(0, 24)), kind);
        byte[] bytes = data.consumeRemainingAsBytes();
        Page read;
        try {
            read = FuzzRuns.page(bytes, kind);
        } catch (BadInputException e) {
            return; // documented: binary or undecodable input, refused with a message
        }
        String path = "docs/" + name;
        PageLocation at = new PageLocation(path, BASE.urlOf(path));
        Page page = read.withLocation(at);
        Qr qr = new Qr(QrOptions.legacy().withFormat(format).withShareBlock(true, ShareTemplate.DEFAULT));
        StepResult first;
        try {
            first = qr.apply(page);
        } catch (BadPageException e) {
            // documented: a share block opened by hand and never closed, or a page whose end would take in
            // an added block (an open fence, HTML block or tag), is left alone, and named
            assertThat(kind).as("refused: %s", e.getMessage()).isEqualTo(SourceKind.MARKDOWN);
            assertThat(e.getMessage()).satisfiesAnyOf(m -> assertThat(m).contains(OPEN + " has no " + CLOSE),
                    m -> assertThat(m).startsWith("the page ends inside an open"));
            return;
        }
        Artifact image = first.artifacts().get(0);
        assertThat(first.artifacts()).hasSize(1);
        assertThat(image.path()).isEqualTo(Path.of(name + format.extension()));
        assertImageOf(image.bytes(), format, at.publicUrl());

        String in = page.text();
        String out = first.page().text();
        if (kind == SourceKind.HTML) {
            assertThat(out).as("qr on an HTML page").isEqualTo(in);
            assertThat(first.changed()).isFalse();
        } else {
            assertOnlyTheShareBlockChanged(first, in, out, at.publicUrl(), image.path().toString());
            if (ScriptFreeOutput.problems(in).isEmpty()) {
                ScriptFreeOutput.assertScriptFree(out, "qr's share block");
            }
        }

        StepResult second = qr.apply(first.page());
        assertThat(second.page().text()).as("qr of qr's output").isEqualTo(out);
        assertThat(second.changed()).as("a second run reports changes: %s", second.changes()).isFalse();
        assertThat(second.changes()).isEmpty();
        assertThat(second.artifacts().get(0).bytes()).as("the image of a second run").isEqualTo(image.bytes());
    }

    /**
     * A file name as a page may have: any character but {@code /} and NUL. Control characters
     * and lone surrogates become {@code _} (no file name on a site holds them), an empty name
     * {@code page}; the extension follows the kind, as {@code fix} finds pages.
     */
    private static String fileName(byte[] bytes, SourceKind kind) {
        StringBuilder s = new StringBuilder();
        String raw = new String(bytes, StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1)));
            if (c < ' ' || c == 0x7F || c == '/' || (c >= 0x80 && c < 0xA0) || lone) {
                s.append('_');
            } else {
                s.append(c);
                if (Character.isHighSurrogate(c)) {
                    s.append(raw.charAt(++i));
                }
            }
        }
        String stem = s.isEmpty() ? "page" : s.toString();
        return stem + (kind == SourceKind.MARKDOWN ? ".md" : ".html");
    }

    /**
     * The step's contract: conv's block refreshed where it stands, or the old pipeline's block
     * replaced where it stands, or a block added at the end after a blank line; no other byte
     * changes. The block links the page's URL and shows the image by its file name.
     */
    private static void assertOnlyTheShareBlockChanged(StepResult first, String in, String out, String url, String image) {
        if (!first.changed()) {
            assertThat(out).as("unchanged page").isEqualTo(in);
            assertThat(first.changes()).isEmpty();
            return;
        }
        Change change = first.changes().get(0);
        assertThat(first.changes()).hasSize(1);
        int[] block = blockSpan(out);
        assertThat(block).as("no share block in the changed page").isNotNull();
        String before = out.substring(0, block[0]);
        String after = out.substring(block[1]);
        if (change.action().equals("insert")) {
            assertThat(after).as("text after an added block").isEmpty();
            assertThat(before).as("text before an added block").startsWith(in);
            assertThat(before.substring(in.length())).as("what separates an added block").matches("(\r?\n){0,2}");
            assertThat(blockSpan(in) == null && in.lines().noneMatch(l -> l.strip().equals(OPEN)))
                    .as("a page with a share block gets a second one").isTrue();
        } else {
            assertThat(in).as("text before the %s block", change.action()).startsWith(before);
            assertThat(in).as("text after the %s block", change.action()).endsWith(after);
            assertThat(before.length() + after.length()).isLessThanOrEqualTo(in.length());
            String old = in.substring(before.length(), in.length() - after.length());
            if (change.action().equals("refresh")) {
                assertThat(old.strip()).as("the refreshed block").startsWith(OPEN).endsWith(CLOSE);
            } else {
                assertThat(change.action()).isEqualTo("replace");
                assertThat(old).as("the old pipeline's block").contains("<img").contains("<a");
            }
        }
        Document html = Jsoup.parseBodyFragment(out.substring(block[0], block[1]));
        assertThat(html.select("a[href]").eachAttr("href")).as("links of the share block").containsExactly(url);
        List<String> src = html.select("img[src]").eachAttr("src");
        assertThat(src).as("images of the share block").hasSize(1);
        String relative = src.get(0).startsWith("./") ? src.get(0).substring(2) : src.get(0);
        assertThat(PercentEncoding.decode(relative)).as("the image of the share block: %s", src).isEqualTo(image);
    }

    /** The first share block: its opening marker line's start, its closing line's end; null when none. */
    private static int[] blockSpan(String text) {
        int open = -1;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(start, end).strip();
            if (open < 0 && line.equals(OPEN)) {
                open = start;
            } else if (open >= 0 && line.equals(CLOSE)) {
                return new int[] {open, end};
            }
            start = end;
        }
        return null;
    }

    private static void assertImageOf(byte[] bytes, QrOptions.Format format, String url) {
        String key = format + " " + url;
        if (Arrays.equals(DECODED.get(key), bytes)) {
            return; // these very bytes were read back before
        }
        try {
            if (format == QrOptions.Format.PNG) {
                assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).as("the PNG, read by ImageIO").isNotNull();
                assertThat(QrDecoder.png(bytes)).as("the PNG's QR text").isEqualTo(url);
            } else {
                DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                xml.setNamespaceAware(true);
                var svg = xml.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
                assertThat(List.of(svg.getLocalName(), svg.getNamespaceURI()))
                        .containsExactly("svg", "http://www.w3.org/2000/svg");
                assertThat(QrDecoder.svg(bytes)).as("the SVG's QR text").isEqualTo(url);
            }
        } catch (Exception e) {
            throw new AssertionError("the " + format + " image of " + url + " does not read: " + e, e);
        }
        if (DECODED.size() > 10_000) {
            DECODED.clear();
        }
        DECODED.put(key, bytes);
    }
}
