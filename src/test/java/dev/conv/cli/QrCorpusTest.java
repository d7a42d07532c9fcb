package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.qr.QrDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conv qr --preset legacy} over a copy of the mirror in {@code ../shared/corpus/mh-news}
 * (skipped with a message when it is absent): every image made again beside its page, with the
 * mirror's base URL, reads back (ZXing) as the URL the old image holds, at the old pixel size, and
 * the images are smaller than the old pipeline's in total and median.
 */
class QrCorpusTest {
    private static final Path MIRROR = Path.of("../shared/corpus/mh-news");
    private static final String BASE = "https://github.com/gfw-breaker/mh-news/blob/master/";

    @TempDir
    Path copy;

    @Test
    void everyImageMadeAgainHoldsTheUrlOfTheOldOneAndIsSmaller() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(MIRROR.resolve("pages")),
                "mirror not found at " + MIRROR.toAbsolutePath().normalize() + ": corpus QR test skipped");
        List<Path> oldImages;
        try (Stream<Path> walk = Files.walk(MIRROR.resolve("pages"))) {
            oldImages = walk.filter(p -> p.getFileName().toString().endsWith(".md.png")).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(MIRROR)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
                Path target = copy.resolve(MIRROR.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }

        CliRun run = CliRun.run("", "qr", "--preset", "legacy", "--base-url", BASE, "--root", copy.toString(),
                copy.resolve("pages").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oldImages).hasSizeGreaterThan(200);
        int missesBefore = QrDecoder.detectorMisses();
        List<Long> oldSizes = new ArrayList<>();
        List<Long> newSizes = new ArrayList<>();
        for (Path old : oldImages) {
            Path made = copy.resolve(MIRROR.relativize(old).toString());
            byte[] oldBytes = Files.readAllBytes(old);
            byte[] newBytes = Files.readAllBytes(made);
            String oldUrl = QrDecoder.png(oldBytes);
            assertThat(oldUrl).isEqualTo(BASE + MIRROR.relativize(old).toString().replaceFirst("\\.png$", ""));
            assertThat(QrDecoder.png(newBytes)).as(made.toString()).isEqualTo(oldUrl);
            assertThat(ImageIO.read(made.toFile()).getWidth()).isEqualTo(ImageIO.read(old.toFile()).getWidth());
            oldSizes.add((long) oldBytes.length);
            newSizes.add((long) newBytes.length);
        }
        long oldTotal = oldSizes.stream().mapToLong(Long::longValue).sum();
        long newTotal = newSizes.stream().mapToLong(Long::longValue).sum();
        assertThat(zbar(made(copy, oldImages))).as("zbarimg, where installed")
                .allSatisfy((image, text) -> assertThat(text).isEqualTo(BASE + copy.relativize(image).toString()
                        .replaceFirst("\\.png$", "")));
        int misses = QrDecoder.detectorMisses() - missesBefore;
        System.out.printf("qr corpus: %d images; bytes total %,d (old %,d, %.0f%%), median %d (old %d); "
                        + "%d read by ZXing only as a clean symbol%n", oldSizes.size(), newTotal, oldTotal,
                100.0 * newTotal / oldTotal, median(newSizes), median(oldSizes), misses);
        assertThat(misses).as("images ZXing's detector cannot find").isLessThan(oldSizes.size() / 100);
        assertThat(newTotal).isLessThan(oldTotal);
        assertThat(median(newSizes)).isLessThan(median(oldSizes));
    }

    private static List<Path> made(Path copy, List<Path> oldImages) {
        return oldImages.stream().map(old -> copy.resolve(MIRROR.relativize(old).toString())).toList();
    }

    /**
     * Each image's text as zbar reads it (a third decoder, in C), one process per 50 images; empty
     * when zbarimg is not installed.
     */
    private static java.util.Map<Path, String> zbar(List<Path> images) throws IOException {
        java.util.Map<Path, String> texts = new java.util.LinkedHashMap<>();
        for (int from = 0; from < images.size(); from += 50) {
            List<Path> batch = images.subList(from, Math.min(images.size(), from + 50));
            List<String> command = new ArrayList<>(List.of("zbarimg", "-q", "--raw"));
            batch.forEach(p -> command.add(p.toString()));
            Process process;
            try {
                process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                System.out.println("qr corpus: zbarimg not installed (apt-get install zbar-tools): zbar check skipped");
                return texts;
            }
            List<String> lines = new String(process.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).as("one text per image").hasSameSizeAs(batch);
            for (int i = 0; i < batch.size(); i++) {
                texts.put(batch.get(i), lines.get(i));
            }
        }
        return texts;
    }

    private static long median(List<Long> sizes) {
        List<Long> sorted = sizes.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
