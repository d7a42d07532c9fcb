package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.conv.clean.Clean;
import dev.conv.step.StepResult;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Killing the process at any moment leaves every file either old or new, never truncated."
 *
 * <p>A tree of 320 pages (~20 MB: a few large, many small; HTML and Markdown, LF, CRLF and BOM)
 * that all need cleaning is generated; the expected cleaned bytes of each are computed in process.
 * Then, round after round, a child JVM runs {@code conv clean --write -q TREE} and is killed with
 * SIGKILL ({@link Process#destroyForcibly}): right after start, once a given share of the files has
 * been replaced (AtomicWriter's renames, seen through inotify), the moment a write starts, and
 * after random delays. After each kill every file must be byte-identical to its original or to its
 * cleaned version, nothing may be missing, and the only extra files allowed are AtomicWriter's
 * hidden {@code .conv-NAME.HEX.tmp} leftovers. The originals are restored before the next round;
 * leftovers are kept, and a final {@code conv clean --write} must finish the job and ignore them.
 */
class CleanKillTest {
    private static final Path FIXTURES = Path.of("test-fixtures/cli/kill");
    private static final Pattern TEMP = Pattern.compile("\\.conv-(.+)\\.[0-9a-f]+\\.tmp");
    private static final long SEED = 20240611L;
    private static final long FOREVER = Long.MAX_VALUE;
    private static final int NEVER = Integer.MAX_VALUE;

    @TempDir
    Path dir;

    /** One file of the tree: its bytes before and after cleaning. */
    private record Entry(Path path, byte[] old, byte[] cleaned) {
    }

    /** What one kill left behind. */
    private record Round(String trigger, long killedAfterMs, boolean exitedByItself, int fresh, int old, int temps) {
        boolean midRun() {
            return fresh > 0 && old > 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-24s killed after %5d ms%s: %3d new, %3d old, %d temp file(s) left",
                    trigger, killedAfterMs, exitedByItself ? " (had exited)" : "", fresh, old, temps);
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void killingARunAtAnyMomentLeavesEveryFileOldOrNew() throws Exception {
        long t0 = System.nanoTime();
        Path tree = dir.resolve("tree");
        List<Entry> entries = expected(generate(tree));
        long bytes = entries.stream().mapToLong(e -> e.old.length).sum();
        System.out.printf(Locale.ROOT, "CleanKillTest: %d files, %.1f MB, set up in %d ms%n",
                entries.size(), bytes / 1e6, ms(t0));

        List<Round> rounds = new ArrayList<>();
        int n = entries.size();
        // Right away: the JVM is still starting.
        rounds.add(killRound(tree, entries, "at start", 0, NEVER, false));
        restore(entries);
        // When a share of the files has been replaced: mid-run by construction, whatever the speed.
        for (int share : new int[] {30, 60, 90}) {
            rounds.add(killRound(tree, entries, share + "% replaced", FOREVER, Math.max(1, n * share / 100), false));
            restore(entries);
        }
        // The moment a write starts (AtomicWriter creates its temporary file): while the bytes are
        // being written. The large files go first, so the first writes take longest.
        for (int replaced : new int[] {0, 8}) {
            rounds.add(killRound(tree, entries, "writing, " + replaced + " replaced", FOREVER, replaced, true));
            restore(entries);
        }
        // At random moments over the run's length, as a user's kill -9 or the OOM killer would.
        long runMs = rounds.stream().mapToLong(Round::killedAfterMs).max().orElseThrow();
        Random random = new Random(SEED);
        for (int i = 0; i < 2; i++) {
            long delay = (long) (random.nextDouble() * runMs);
            rounds.add(killRound(tree, entries, "random", delay, NEVER, false));
            restore(entries);
        }

        assertThat(rounds).as("a round that killed conv mid-run (some files new, some old)").anyMatch(Round::midRun);
        assertThat(rounds).as("rounds where conv finished before the kill").filteredOn(Round::exitedByItself)
                .hasSizeLessThan(rounds.size());

        // Leave a partial state with leftovers, then let a normal run finish the job.
        Round last = killRound(tree, entries, "writing, 50% replaced", FOREVER, n / 2, true);
        List<Path> temps = leftovers(tree, entries);
        CliRun finish = CliRun.run("", "clean", "--write", tree.toString());
        assertThat(finish.exitCode()).as(finish.err()).isZero();
        assertThat(finish.err()).as("the leftovers are not taken as pages")
                .startsWith("conv: clean: " + n + " files, " + (n - last.fresh) + " changed, 0 failed");
        for (Entry e : entries) {
            assertThat(e.path).as("after a full run").hasBinaryContent(e.cleaned);
        }
        assertThat(leftovers(tree, entries)).as("leftovers are left alone").containsExactlyInAnyOrderElementsOf(temps);
        System.out.printf(Locale.ROOT, "CleanKillTest: %d leftover temp files ignored by the final run; total %d ms%n",
                temps.size(), ms(t0));
    }

    // ---- the tree --------------------------------------------------------------------------

    /** Writes the pages; every one is distinct and needs cleaning. */
    private static List<Path> generate(Path tree) throws IOException {
        String page = Files.readString(FIXTURES.resolve("page.html"));
        String post = Files.readString(FIXTURES.resolve("post.md"));
        // Short chunks are dense with tags (what real pages look like); long ones are mostly
        // text, so large files cost little to clean but long to write.
        String[] htmlChunks = {Files.readString(FIXTURES.resolve("chunk.html")), Files.readString(FIXTURES.resolve("long-chunk.html"))};
        String[] mdChunks = {Files.readString(FIXTURES.resolve("chunk.md")), Files.readString(FIXTURES.resolve("long-chunk.md"))};
        Random random = new Random(SEED);
        List<Path> paths = new ArrayList<>();
        int i = 0;
        // {files, chunk kind, min chunks, max chunks}: 16 large (0.6-1.6 MB), 64 medium (4-20 KB),
        // 240 small (1-3 KB).
        int[][] groups = {{16, 1, 75, 200}, {64, 0, 6, 30}, {240, 0, 1, 3}};
        for (int[] g : groups) {
            for (int k = 0; k < g[0]; k++, i++) {
                boolean markdown = i % 2 == 1;
                int chunks = g[2] + random.nextInt(g[3] - g[2] + 1);
                String template = markdown ? post : page;
                String chunk = markdown ? mdChunks[g[1]] : htmlChunks[g[1]];
                String text = template.replace("<!-- CHUNK -->\n", chunk.repeat(chunks))
                        + "<!-- copy " + i + " -->\n";
                boolean crlf = i % 5 == 2;
                boolean bom = i % 7 == 3;
                if (crlf) {
                    text = text.replace("\n", "\r\n");
                }
                String name = String.format(Locale.ROOT, "d%d/%s%03d.%s", i % 6, markdown ? "post" : "page", i,
                        markdown ? (i % 4 == 1 ? "md" : "markdown") : (i % 4 == 0 ? "html" : "htm"));
                Path p = tree.resolve(name);
                Files.createDirectories(p.getParent());
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                Files.write(p, bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body);
                paths.add(p);
            }
        }
        return paths;
    }

    /** The cleaned bytes of every page, computed in process the way conv computes them. */
    private static List<Entry> expected(List<Path> paths) {
        Clean clean = new Clean();
        PageReader reader = new PageReader(null, null, PageReader.DEFAULT_MAX_SIZE);
        return paths.parallelStream().map(p -> {
            try {
                byte[] old = Files.readAllBytes(p);
                Page page = reader.read(p);
                StepResult result = clean.apply(page);
                byte[] cleaned = page.encoding().encode(result.page().text());
                assertThat(result.changed()).as(p + " needs cleaning").isTrue();
                assertThat(cleaned).as(p + " differs when cleaned").isNotEqualTo(old);
                return new Entry(p, old, cleaned);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BadInputException e) {
                throw new AssertionError(p + ": " + e.getMessage(), e);
            }
        }).toList();
    }

    // ---- one round -------------------------------------------------------------------------

    /**
     * Starts {@code conv clean --write -q TREE} in a child JVM and kills it with SIGKILL after
     * {@code delayMs}, or once {@code target} files have been replaced (and, with
     * {@code onWrite}, the moment after that the next write starts), whichever comes first; then
     * checks the tree. The child is watched through inotify (a rename over a page is an
     * {@code ENTRY_CREATE} of its name, a write in place an {@code ENTRY_MODIFY}), which costs it
     * no CPU, unlike polling the files.
     */
    private Round killRound(Path tree, List<Entry> entries, String trigger, long delayMs, int target, boolean onWrite)
            throws IOException, InterruptedException {
        Set<Path> pages = new HashSet<>();
        entries.forEach(e -> pages.add(e.path));
        Set<Path> replaced = new HashSet<>();
        List<Path> tempsBefore = leftovers(tree, entries);
        Path log = dir.resolve("child.err");
        // JVM flags as scripts/conv starts conv.
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.conv.cli.Main", "clean", "--write", "-q", tree.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile());
        boolean exited = false;
        long killedAfter;
        Process child = null;
        try (WatchService watcher = tree.getFileSystem().newWatchService()) {
            for (Path d : entries.stream().map(e -> e.path.getParent()).distinct().toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
            long start = System.nanoTime();
            child = pb.start();
            boolean kill = false;
            while (!kill) {
                if (!child.isAlive()) {
                    exited = true;
                    break;
                }
                if (ms(start) >= delayMs || !onWrite && replaced.size() >= target) {
                    break;
                }
                WatchKey key = watcher.poll(Math.max(0, Math.min(20, delayMs - ms(start))), TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        Path p = ((Path) key.watchable()).resolve(name);
                        boolean page = pages.contains(p);
                        boolean created = event.kind() == StandardWatchEventKinds.ENTRY_CREATE;
                        // A write starts: a temp file is created, or (were conv to write in
                        // place) a page is modified.
                        boolean writeStarts = page ? !created : created && TEMP.matcher(name.toString()).matches();
                        if (onWrite && writeStarts && replaced.size() >= target) {
                            kill = true;
                            break;
                        }
                        if (page) {
                            replaced.add(p);
                        }
                    }
                }
                key.reset();
            }
            killedAfter = ms(start);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended after SIGKILL").isTrue();
            if (exited) {
                assertThat(child.exitValue()).as("child exit code; stderr: " + Files.readString(log)).isZero();
            }
        } finally {
            if (child != null) {
                child.destroyForcibly();
            }
        }

        int fresh = 0;
        int old = 0;
        for (Entry e : entries) {
            if (!Files.isRegularFile(e.path, LinkOption.NOFOLLOW_LINKS)) {
                fail("%s: %s is missing after the kill", trigger, e.path);
            }
            byte[] now = Files.readAllBytes(e.path);
            if (Arrays.equals(now, e.cleaned)) {
                fresh++;
            } else if (Arrays.equals(now, e.old)) {
                old++;
            } else {
                fail("%s: %s is neither old (%d bytes) nor new (%d bytes) after the kill: %d bytes%s", trigger, e.path,
                        e.old.length, e.cleaned.length, now.length, isPrefix(now, e.cleaned) ? ", a prefix of the new one" : "");
            }
        }
        List<Path> temps = new ArrayList<>(leftovers(tree, entries));
        temps.removeAll(tempsBefore);
        Round round = new Round(trigger, killedAfter, exited, fresh, old, temps.size());
        System.out.println("CleanKillTest: " + round);
        return round;
    }

    /** Puts back the original bytes of every file that is not old any more. */
    private static void restore(List<Entry> entries) throws IOException {
        for (Entry e : entries) {
            if (!Arrays.equals(Files.readAllBytes(e.path), e.old)) {
                Files.write(e.path, e.old);
            }
        }
    }

    /**
     * Files in the tree that are not pages: they must all be AtomicWriter temp files of a page in
     * the same directory.
     */
    private static List<Path> leftovers(Path tree, List<Entry> entries) throws IOException {
        Set<Path> pages = new HashSet<>();
        entries.forEach(e -> pages.add(e.path));
        List<Path> temps = new ArrayList<>();
        try (Stream<Path> s = Files.walk(tree)) {
            for (Path p : s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (pages.contains(p)) {
                    continue;
                }
                Matcher m = TEMP.matcher(p.getFileName().toString());
                assertThat(m.matches()).as("unexpected file after a kill: " + p).isTrue();
                assertThat(pages.contains(p.resolveSibling(m.group(1)))).as("temp file of a page in the same directory: " + p)
                        .isTrue();
                temps.add(p);
            }
        }
        return temps;
    }

    // ---- small helpers ---------------------------------------------------------------------

    private static boolean isPrefix(byte[] a, byte[] b) {
        return a.length < b.length && Arrays.equals(a, 0, a.length, b, 0, a.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
