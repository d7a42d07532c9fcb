package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.qr.QrDecoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** conv qr through its entry point: every image read back by ZXing, never by the encoder. */
class QrCommandTest {
    private static final String BASE = "https://example.org/news/";

    @TempDir
    Path dir;

    private Path page(String path) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# " + p.getFileName() + "\n\ntext\n");
        return p;
    }

    private CliRun qr(String... args) {
        String[] all = Stream.concat(Stream.of("qr", "--base-url", BASE, "--root", dir.toString()), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.run("", all);
    }

    private static String decoded(Path image) throws IOException {
        return QrDecoder.png(Files.readAllBytes(image));
    }

    @Test
    void eachPageGetsAnImageOfItsPublicUrlEvenWithChinesePathSegments() throws IOException {
        Path a = page("pages/140/336623.md");
        Path zh = page("文章/新闻 一.md");
        Path html = page("about.html");

        CliRun run = qr(dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("qr: 3 pages, 3 images written, 0 up to date, 0 failed");
        assertThat(decoded(dir.resolve("pages/140/336623.md.png"))).isEqualTo(BASE + "pages/140/336623.md");
        assertThat(decoded(dir.resolve("文章/新闻 一.md.png")))
                .isEqualTo(BASE + "%E6%96%87%E7%AB%A0/%E6%96%B0%E9%97%BB%20%E4%B8%80.md");
        assertThat(decoded(dir.resolve("about.html.png"))).isEqualTo(BASE + "about.html");
        assertThat(Files.readString(a)).isEqualTo("# 336623.md\n\ntext\n");
        assertThat(Files.readString(zh)).startsWith("# 新闻 一.md");
        assertThat(html).exists();
    }

    @Test
    void theImageIsAMinimalOneBitGreyscalePngOfTheStandardSize() throws IOException {
        page("pages/140/336623.md");
        assertThat(qr(dir.toString()).exitCode()).isZero();
        byte[] png = Files.readAllBytes(dir.resolve("pages/140/336623.md.png"));

        // IHDR: 1-bit greyscale; then IDAT and IEND and nothing else
        assertThat(png[24]).isEqualTo((byte) 1);
        assertThat(png[25]).isEqualTo((byte) 0);
        assertThat(chunkTypes(png)).containsExactly("IHDR", "IDAT", "IEND");
        // ECC M holds this 57-byte URL in version 4: (33 + 2 * 4) * 4 px
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(164);
        assertThat(png.length).isLessThan(425);
    }

    @Test
    void aVeryLongUrlMakesALargeSymbolThatStillReadsBack() throws IOException {
        String longDir = "第一部分-很长的目录名称-".repeat(4);
        Path p = page(longDir + "/" + longDir + "/" + "page-" + "x".repeat(60) + ".md");
        CliRun run = qr(p.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path image = p.resolveSibling(p.getFileName() + ".png");
        String url = decoded(image);
        assertThat(url).startsWith(BASE + "%E7%AC%AC").endsWith("x".repeat(60) + ".md").hasSizeGreaterThan(600);
        int modules = ImageIO.read(image.toFile()).getWidth() / 4 - 8;
        assertThat((modules - 17) / 4).as("version").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aSecondRunLeavesEveryImageAsItWasMtimeIncluded() throws IOException {
        page("a.md");
        page("b/c.md");
        assertThat(qr(dir.toString()).exitCode()).isZero();
        Path image = dir.resolve("b/c.md.png");
        byte[] first = Files.readAllBytes(image);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(image, old);

        CliRun again = qr(dir.toString());

        assertThat(again.err()).contains("0 images written, 2 up to date");
        assertThat(Files.readAllBytes(image)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(image)).isEqualTo(old);
    }

    @Test
    void checkListsMissingAndStaleImagesAndFailsUntilTheyAreWritten() throws IOException {
        page("a.md");
        page("b.md");
        Files.write(dir.resolve("b.md.png"), new byte[] {1, 2, 3});

        CliRun check = qr("--check", dir.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("a.md.png (missing)").contains("b.md.png (stale)");
        assertThat(dir.resolve("a.md.png")).doesNotExist();
        assertThat(Files.readAllBytes(dir.resolve("b.md.png"))).containsExactly(1, 2, 3);
        assertThat(qr(dir.toString()).exitCode()).isZero();
        CliRun clean = qr("--check", dir.toString());
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        assertThat(clean.out()).isEmpty();
    }

    @Test
    void pruneRemovesOnlyImagesWhosePageIsGone() throws IOException {
        page("a.md");
        Files.write(dir.resolve("gone.md.png"), new byte[] {1});
        Files.write(dir.resolve("logo.png"), new byte[] {1});
        Files.write(dir.resolve("a.md.svg"), new byte[] {1});

        CliRun check = qr("--check", "--prune", dir.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("gone.md.png (page gone)");
        assertThat(dir.resolve("gone.md.png")).exists();

        CliRun run = qr("--prune", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 pruned");
        assertThat(dir.resolve("gone.md.png")).doesNotExist();
        assertThat(dir.resolve("logo.png")).exists();
        assertThat(dir.resolve("a.md.svg")).exists();
    }

    @Test
    void aUrlTooLongForAnySymbolNamesItsPageAndTheOthersStillGetTheirs() throws IOException {
        Path ok = page("ok.md");
        String seg = "长".repeat(80);
        Path tooLong = page(seg + "/" + seg + "/" + seg + "/" + seg + "/" + seg + "/" + seg + "/a.md");

        CliRun run = qr("--ecc", "H", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(tooLong.toString() + ": URL too long for a QR code")
                .contains("do not fit a QR code at ECC H");
        assertThat(decoded(ok.resolveSibling("ok.md.png"))).isEqualTo(BASE + "ok.md");
        assertThat(tooLong.resolveSibling("a.md.png")).doesNotExist();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".conv-"));
        }
    }

    @Test
    void anImageThatIsALinkOutOfTheTreeIsRefusedAndItsTargetUntouched(@TempDir Path outside) throws IOException {
        page("a.md");
        page("b.md");
        Path victim = Files.writeString(outside.resolve("victim.txt"), "keep me");
        Files.createSymbolicLink(dir.resolve("a.md.png"), victim);

        CliRun run = qr(dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a symbolic link out of");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(decoded(dir.resolve("b.md.png"))).isEqualTo(BASE + "b.md");
    }

    @Test
    void aReadOnlyImageIsReportedAndTheRunGoesOn() throws IOException {
        page("a.md");
        page("b.md");
        Path locked = dir.resolve("a.md.png");
        Files.write(locked, new byte[] {9});
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));

        CliRun run = qr(dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a.md.png: read-only; left as it is");
        assertThat(Files.readAllBytes(locked)).containsExactly(9);
        assertThat(decoded(dir.resolve("b.md.png"))).isEqualTo(BASE + "b.md");
    }

    @Test
    void outDirMirrorsTheImagesAndLeavesThePagesAlone(@TempDir Path out) throws IOException {
        Path a = page("site/pages/1/a.md");
        CliRun run = qr("--out-dir", out.toString(), dir.resolve("site").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(decoded(out.resolve("pages/1/a.md.png"))).isEqualTo(BASE + "site/pages/1/a.md");
        assertThat(out.resolve("pages/1/a.md")).doesNotExist();
        assertThat(a.resolveSibling("a.md.png")).doesNotExist();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("pages/1/a.md.png"), old);
        assertThat(qr("--out-dir", out.toString(), dir.resolve("site").toString()).err()).contains("1 up to date");
        assertThat(Files.getLastModifiedTime(out.resolve("pages/1/a.md.png"))).isEqualTo(old);
    }

    @Test
    void svgIsOnePathOnWhiteAndReadsBack() throws IOException {
        page("a.md");
        assertThat(qr("--format", "svg", dir.toString()).exitCode()).isZero();
        byte[] svg = Files.readAllBytes(dir.resolve("a.md.svg"));
        String text = new String(svg, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(text.split("<path", -1)).hasSize(2);
        assertThat(text).contains("fill=\"#fff\"");
        assertThat(QrDecoder.svg(svg)).isEqualTo(BASE + "a.md");
    }

    @Test
    void theLegacyPresetDrawsTheOldPipelinesPixelSizeAndSizeAndScaleAreHonoured() throws IOException {
        page("pages/140/336623.md");
        Path image = dir.resolve("pages/140/336623.md.png");
        String long70 = "https://github.com/gfw-breaker/mh-news/blob/master/";
        CliRun legacy = CliRun.run("", "qr", "--preset", "legacy", "--base-url", long70, "--root", dir.toString(),
                dir.toString());
        assertThat(legacy.exitCode()).as(legacy.err()).isZero();
        assertThat(ImageIO.read(image.toFile()).getWidth()).isEqualTo(164);
        assertThat(decoded(image)).isEqualTo(long70 + "pages/140/336623.md");

        assertThat(qr("--size", "300", dir.toString()).exitCode()).isZero();
        assertThat(ImageIO.read(image.toFile()).getWidth()).isBetween(250, 300);
        assertThat(qr("--scale", "2", "--border", "2", dir.toString()).exitCode()).isZero();
        assertThat(ImageIO.read(image.toFile()).getWidth()).isEqualTo((33 + 4) * 2);
        assertThat(decoded(image)).isEqualTo(BASE + "pages/140/336623.md");
    }

    @Test
    void aUrlTemplateGivesEachPageItsUrl() throws IOException {
        page("pages/1/文.md");
        CliRun run = qr("--url-template", "{base}/view/{dir}/{stem}.html?from=qr", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(decoded(dir.resolve("pages/1/文.md.png")))
                .isEqualTo("https://example.org/news/view/pages/1/%E6%96%87.html?from=qr");
        CliRun bad = qr("--url-template", "{base}/{nope}", dir.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown placeholder {nope}");
    }

    @Test
    void oneTextToAFileOrToTheTerminal() throws IOException {
        Path out = dir.resolve("one.png");
        CliRun file = CliRun.run("", "qr", "--url", "https://example.org/文章/a b?q=1", "-o", out.toString());
        assertThat(file.exitCode()).as(file.err()).isZero();
        assertThat(decoded(out)).isEqualTo("https://example.org/%E6%96%87%E7%AB%A0/a%20b?q=1");

        CliRun svg = CliRun.run("", "qr", "--url", "plain text, 中文", "-o", dir.resolve("one.svg").toString());
        assertThat(svg.exitCode()).isZero();
        assertThat(QrDecoder.svg(Files.readAllBytes(dir.resolve("one.svg")))).isEqualTo("plain text, 中文");

        CliRun terminal = CliRun.run("", "qr", "--url", "https://example.org/a");
        assertThat(terminal.exitCode()).isZero();
        assertThat(QrDecoder.textBlocks(terminal.out())).isEqualTo("https://example.org/a");
    }

    @Test
    void usageErrors() {
        assertThat(CliRun.run("", "qr", dir.toString()).err()).contains("needs --base-url");
        assertThat(qr("--scale", "2", "--size", "100", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(qr().err()).contains("give the pages as PATH");
        assertThat(CliRun.run("", "qr", "--url", "x", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(qr("--preset", "modern", dir.toString()).err()).contains("only 'legacy'");
        assertThat(qr("--share-block", "--lenient-decoding", dir.toString()).err())
                .contains("--lenient-decoding cannot be used with --share-block");
    }

    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new java.util.ArrayList<>();
        for (int at = 8; at < png.length; ) {
            int len = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8) | (png[at + 3] & 0xFF);
            types.add(new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
            at += 12 + len;
        }
        return types;
    }

    @Test
    void theConfigurationGivesBaseUrlRootAndImageOptionsAndTheCommandLineOutranksIt() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".conv.yml"), "base-url: https://cfg.example/site/\nqr:\n  scale: 2\n  border: 1\n");
        Path p = page("pages/a.md");
        CliRun run = CliRun.run("", "qr", p.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path image = dir.resolve("pages/a.md.png");
        assertThat(decoded(image)).isEqualTo("https://cfg.example/site/pages/a.md");
        int modules = ImageIO.read(image.toFile()).getWidth() / 2 - 2;
        assertThat((modules - 17) % 4).as("a whole symbol at scale 2 with a 1-module border").isZero();

        CliRun cli = CliRun.run("", "qr", "--scale", "3", "--base-url", BASE, p.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(decoded(image)).isEqualTo(BASE + "pages/a.md");
        assertThat(ImageIO.read(image.toFile()).getWidth() % 3).as("--scale 3 outranks the file's 2").isZero();

        Files.writeString(dir.resolve(".conv.yml"), "base-url: https://cfg.example/\nqr:\n  scale: 0\n");
        CliRun bad = CliRun.run("", "qr", p.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("conv: " + dir.resolve(".conv.yml") + ":3: qr.scale: must be 1 to 64");
    }

    @Test
    void everyImageOptionOnTheCommandLineOutranksTheFilesWhateverKeyTheFileUsed() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path p = page("pages/a.md");
        Path image = dir.resolve("pages/a.md.png");
        String[][] cases = {
            {"qr:\n  size: 300\n", "--scale", "3"},
            {"qr:\n  scale: 2\n", "--size", "300"},
            {"qr:\n  ecc: H\n", "--preset", "legacy"},
            {"qr:\n  border: 1\n  scale: 2\n", "--preset", "legacy"},
            {"qr:\n  preset: legacy\n", "--ecc", "H"},
            {"qr:\n  preset: legacy\n  size: 300\n", "--scale", "5"},
        };
        for (String[] c : cases) {
            Files.writeString(dir.resolve(".conv.yml"), c[0]);
            CliRun alone = qr("--no-config", c[1], c[2], p.toString());
            assertThat(alone.exitCode()).as(alone.err()).isZero();
            byte[] expected = Files.readAllBytes(image);
            Files.delete(image);
            CliRun withFile = qr(c[1], c[2], p.toString());
            assertThat(withFile.exitCode()).as(withFile.err()).isZero();
            assertThat(Files.readAllBytes(image)).as("%s %s over a file with %s", c[1], c[2], c[0]).isEqualTo(expected);
            Files.delete(image);
        }
    }

    @Test
    void inOneFileAnImageKeyBesideThePresetWinsAndANearerFileOutranksAFartherOne() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path p = page("pages/a.md");
        Path image = dir.resolve("pages/a.md.png");
        CliRun alone = qr("--no-config", "--scale", "3", p.toString());
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        byte[] scale3 = Files.readAllBytes(image);
        Files.writeString(dir.resolve(".conv.yml"), "qr:\n  preset: legacy\n  size: 300\n");
        Files.writeString(dir.resolve("pages/.conv.yml"), "qr:\n  scale: 3\n");
        CliRun nearer = qr(p.toString());
        assertThat(nearer.exitCode()).as(nearer.err()).isZero();
        assertThat(ImageIO.read(image.toFile()).getWidth()).as("the nearer file's scale 3 over the farther size 300")
                .isEqualTo(ImageIO.read(new java.io.ByteArrayInputStream(scale3)).getWidth());
        Files.writeString(dir.resolve("pages/.conv.yml"), "qr:\n  preset: legacy\n  scale: 3\n  ecc: H\n");
        Files.writeString(dir.resolve(".conv.yml"), "qr:\n  size: 300\n");
        CliRun same = qr(p.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        byte[] configured = Files.readAllBytes(image);
        Files.delete(image);
        CliRun expected = qr("--no-config", "--scale", "3", "--ecc", "H", p.toString());
        assertThat(expected.exitCode()).as(expected.err()).isZero();
        assertThat(configured).as("scale and ecc beside the preset in the nearer file; its preset over the farther size")
                .isEqualTo(Files.readAllBytes(image));
    }
}
