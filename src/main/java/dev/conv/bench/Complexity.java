package dev.conv.bench;

import dev.conv.bench.ComplexityPatterns.Pattern;
import dev.conv.bench.ComplexityPatterns.Step;
import dev.conv.clean.Clean;
import dev.conv.extract.Extract;
import dev.conv.markdown.Html2Md;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Pipeline;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How time grows with input size: each hostile pattern of {@link ComplexityPatterns} is generated
 * at n, 2n, 4n and 8n characters and run through its step, and the table shows the times and the
 * growth factor per doubling over the whole range, the cube root of t(8n) / t(n) (2 is linear, 4
 * quadratic), with the largest single step beside it.
 *
 * <pre>
 * java -cp target/conv.jar dev.conv.bench.Complexity [--n 64k] [--only REGEX] [--budget SECONDS]
 *                                                   [--process CONV] [--limit 2.3]
 * </pre>
 *
 * <p>In process (the default), after warm-up at smaller sizes, the sizes are timed in turns, five
 * rounds of a batch of runs of at least 0.2 s each, and the fastest batch counts, in CPU time of
 * the thread: far steadier than wall time on a loaded machine. With
 * {@code --process CONV} each run is a whole {@code CONV html2md|clean --check} process instead.
 * A pattern whose next size is predicted to exceed the budget (default 20 s a run) stops there;
 * its factor is then the worst seen so far.
 */
public final class Complexity {
    private static final int SIZES = 4;

    private final int n;
    private final double budget;
    private final String process;
    private final Html2Md html2md = new Html2Md();
    private final dev.conv.step.Step html2mdMain = Pipeline.of(new Extract(true, false), new Html2Md());
    private final Clean clean = new Clean().checkOnly();
    private Path work;

    private Complexity(int n, double budget, String process) {
        this.n = n;
        this.budget = budget;
        this.process = process;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int n = 64 * 1024;
        String only = null;
        double budget = 20;
        double limit = 2.3;
        String process = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> n = parseSize(args[++i]);
                case "--only" -> only = args[++i];
                case "--budget" -> budget = Double.parseDouble(args[++i]);
                case "--limit" -> limit = Double.parseDouble(args[++i]);
                case "--process" -> process = args[++i];
                default -> {
                    System.err.println("usage: Complexity [--n 64k] [--only REGEX] [--budget SECONDS] [--limit 2.3]"
                            + " [--process CONV]");
                    System.exit(2);
                }
            }
        }
        java.util.regex.Pattern filter = only == null ? null
                : java.util.regex.Pattern.compile(only, java.util.regex.Pattern.CASE_INSENSITIVE);
        Complexity bench = new Complexity(n, budget, process);
        bench.run(filter, limit);
    }

    private void run(java.util.regex.Pattern filter, double limit) throws IOException, InterruptedException {
        List<Pattern> patterns = new ArrayList<>();
        for (Pattern p : ComplexityPatterns.all()) {
            if (filter == null || filter.matcher(p.step().label + " " + p.name()).find()) {
                patterns.add(p);
            }
        }
        if (process != null) {
            work = Files.createTempDirectory("conv-complexity");
        }
        System.out.printf(Locale.ROOT, "Growth per doubling, %s, sizes %s..%s characters; fastest of five batches timed in turns%s.%n"
                        + "Growth is per doubling from n to 8n, (t(8n) / t(n))^(1/3); worst is the largest single step.%n%n",
                process == null ? "in process after warm-up, CPU time of the converting thread" : "whole processes (" + process + ")",
                kb(n), kb(n << (SIZES - 1)), process == null ? "" : ", process start included");
        StringBuilder header = new StringBuilder("| step | pattern |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int s = 0; s < SIZES; s++) {
            header.append(' ').append(kb(n << s)).append(" ms |");
            rule.append("---:|");
        }
        System.out.println(header.append(" growth × | worst × |"));
        System.out.println(rule.append("---:|---:|"));
        List<String> over = new ArrayList<>();
        for (Pattern p : patterns) {
            Measured m;
            try {
                m = measure(p);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                System.out.printf("| %s | `%s` | failed: %s |%n", p.step().label, p.name().replace("|", "\\|"), e);
                over.add(p.step().label + " " + p.name());
                continue;
            }
            double[] ms = m.ms();
            double worst = 0;
            StringBuilder row = new StringBuilder("| ").append(p.step().label).append(" | `")
                    .append(p.name().replace("|", "\\|")).append("` |");
            for (int s = 0; s < SIZES; s++) {
                row.append(' ').append(Double.isNaN(ms[s]) ? "–" : String.format(Locale.ROOT, "%.1f", ms[s])).append(" |");
                if (s > 0 && !Double.isNaN(ms[s])) {
                    worst = Math.max(worst, ms[s] / ms[s - 1]);
                }
            }
            boolean stopped = Double.isNaN(ms[SIZES - 1]);
            double growth = stopped ? m.lastGrowth() : Math.cbrt(ms[SIZES - 1] / ms[0]);
            String factor = String.format(Locale.ROOT, "%.1f", growth);
            if (stopped) {
                factor = String.format(Locale.ROOT, "stopped at %s, ×%.1f", kb(m.lastSize()), m.lastGrowth());
            }
            boolean bad = stopped || growth > limit;
            row.append(' ').append(bad ? "**" + factor + "**" : factor).append(" |")
                    .append(worst == 0 ? " – |" : String.format(Locale.ROOT, " %.1f |", worst));
            System.out.println(row);
            System.out.flush();
            if (bad) {
                over.add(p.step().label + " " + p.name());
            }
        }
        System.out.printf(Locale.ROOT, "%n%d of %d patterns over ×%.1f%s%n", over.size(), patterns.size(), limit,
                over.isEmpty() ? "" : ": " + String.join("; ", over));
        if (work != null) {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /**
     * Milliseconds at n..8n (NaN where stopped). Sizes n/16..n/2 go first as warm-up, and every
     * size is run once to predict: a size is skipped when the last time times the last growth
     * exceeds the budget. Then the sizes are timed in turns, five rounds of one batch each, so
     * that a change in the machine's load falls on all sizes alike; the fastest batch counts.
     */
    private Measured measure(Pattern p) throws IOException, InterruptedException {
        double[] out = new double[SIZES];
        Arrays.fill(out, Double.NaN);
        String[] inputs = new String[SIZES];
        int lastSize = 0;
        double last = 0;
        double growth = 2;
        for (int s = -4; s < SIZES; s++) {
            int size = s < 0 ? n >> -s : n << s;
            if (s > -3 && last * Math.max(2, growth) > budget * 1000) {
                break;
            }
            String input = p.generate().apply(size);
            double ms = once(p.step(), input);
            if (s < 0 && ms < 100) {
                ms = Math.min(ms, once(p.step(), input));
            }
            if (last > 0) {
                growth = Math.min(16, ms / last);
            }
            last = ms;
            lastSize = size;
            if (s >= 0) {
                out[s] = ms;
                inputs[s] = input;
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int s = 0; s < SIZES && inputs[s] != null; s++) {
                if (out[s] > 2000) {
                    continue; // slow enough to be measured by one run
                }
                int batch = (int) Math.min(1000, Math.max(1, 200 / Math.max(out[s], 1)));
                long t0 = now();
                for (int i = 0; i < batch; i++) {
                    runOnce(p.step(), inputs[s]);
                }
                out[s] = Math.min(out[s], (now() - t0) / 1e6 / batch);
            }
        }
        return new Measured(out, lastSize, growth);
    }

    private static final int ROUNDS = 5;

    private double once(Step step, String input) throws IOException, InterruptedException {
        long start = now();
        runOnce(step, input);
        return (now() - start) / 1e6;
    }

    /** Times at n..8n, and the last size run with the growth that led to it (for a stopped row). */
    private record Measured(double[] ms, int lastSize, double lastGrowth) {
    }

    /**
     * In process: CPU time of this thread, which is the work of the code measured. The machine is
     * shared, and wall time would count the other guests' work; the collector's pauses are left
     * out too, as they follow the heap's sizing more than the input (a parser that makes a node
     * per character keeps them all live). Wall time for whole processes, collector included.
     */
    private long now() {
        return process == null ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private void runOnce(Step step, String input) throws IOException, InterruptedException {
        if (process != null) {
            runProcess(step, input);
            return;
        }
        switch (step) {
            case HTML2MD_HTML -> {
                CountingSink sink = new CountingSink();
                html2md.convert(input, sink);
            }
            case HTML2MD_MARKDOWN -> html2md.apply(Page.of(SourceKind.MARKDOWN, input), new CountingSink());
            case HTML2MD_MAIN -> html2mdMain.apply(Page.of(SourceKind.HTML, input));
            case CLEAN_HTML -> clean.apply(Page.of(SourceKind.HTML, input));
            case CLEAN_MARKDOWN -> clean.apply(Page.of(SourceKind.MARKDOWN, input));
            default -> throw new IllegalStateException(step.toString());
        }
    }

    private void runProcess(Step step, String input) throws IOException, InterruptedException {
        boolean markdown = step == Step.HTML2MD_MARKDOWN || step == Step.CLEAN_MARKDOWN;
        Path file = work.resolve(markdown ? "input.md" : "input.html");
        Files.writeString(file, input, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(process.split(" ")));
        if (step == Step.HTML2MD_MAIN) {
            command.addAll(List.of("html2md", "--main", file.toString()));
        } else if (step == Step.HTML2MD_HTML || step == Step.HTML2MD_MARKDOWN) {
            command.addAll(List.of("html2md", file.toString()));
        } else {
            command.addAll(List.of("clean", "--check", "-q", file.toString()));
        }
        Process proc = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!proc.waitFor((long) (budget * 4), TimeUnit.SECONDS)) {
            proc.destroyForcibly().waitFor();
        }
    }

    private static String kb(int chars) {
        return chars % (1024 * 1024) == 0 ? chars / (1024 * 1024) + "M" : chars / 1024 + "K";
    }

    private static int parseSize(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("k")) {
            return Integer.parseInt(lower.substring(0, lower.length() - 1)) * 1024;
        }
        if (lower.endsWith("m")) {
            return Integer.parseInt(lower.substring(0, lower.length() - 1)) * 1024 * 1024;
        }
        return Integer.parseInt(lower);
    }

    /** Output that is counted, not kept: the benchmark measures conversion, not memory. */
    private static final class CountingSink extends Writer {
        long chars;

        @Override
        public void write(char[] cbuf, int off, int len) {
            chars += len;
        }

        @Override
        public Writer append(CharSequence csq) {
            chars += csq.length();
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
