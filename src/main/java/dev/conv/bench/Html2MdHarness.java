package dev.conv.bench;

import dev.conv.markdown.Html2Md;
import dev.conv.page.AtomicWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The html2md harness protocols.
 *
 * <pre>
 *   --batch LIST   lines "in.html TAB out.md": convert each, print "in TAB ok|error:MSG TAB millis"
 *   --bench LIST   one path per line: read all, one warm-up pass, N timed single-thread passes,
 *                  last line {"files":N,"bytes":N,"seconds":S,"cpu_seconds":S,"errors":N,"passes":[...]}
 * </pre>
 */
public final class Html2MdHarness {
    private Html2MdHarness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--batch")) {
            batch(Path.of(args[1]));
        } else if (args.length >= 2 && args[0].equals("--bench")) {
            int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
            bench(Path.of(args[1]), passes);
        } else {
            System.err.println("usage: Html2MdHarness --batch LIST | --bench LIST [PASSES]");
            System.exit(2);
        }
    }

    private static void batch(Path list) throws IOException {
        Html2Md html2md = new Html2Md();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            long start = System.nanoTime();
            String status;
            try {
                String html = new String(Files.readAllBytes(Path.of(parts[0])), StandardCharsets.UTF_8);
                AtomicWriter.write(Path.of(parts[1]), html2md.convert(html).getBytes(StandardCharsets.UTF_8));
                status = "ok";
            } catch (RuntimeException | StackOverflowError | IOException e) {
                status = "error:" + e.toString().replace('\t', ' ').replace('\n', ' ');
            }
            System.out.println(parts[0] + "\t" + status + "\t" + (System.nanoTime() - start) / 1_000_000);
            System.out.flush();
        }
    }

    private static void bench(Path list, int passes) throws IOException {
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            byte[] b = Files.readAllBytes(Path.of(line.trim()));
            bytes += b.length;
            docs.add(new String(b, StandardCharsets.UTF_8));
        }
        Html2Md html2md = new Html2Md();
        int errors = runPass(html2md, docs);
        double[] seconds = new double[passes];
        double[] cpu = new double[passes];
        for (int p = 0; p < passes; p++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            errors = runPass(html2md, docs);
            seconds[p] = (System.nanoTime() - start) / 1e9;
            cpu[p] = (processCpuNanos() - cpuStart) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[passes / 2];
        int medianIndex = 0;
        for (int p = 0; p < passes; p++) {
            if (seconds[p] == median) {
                medianIndex = p;
            }
        }
        StringBuilder passList = new StringBuilder();
        for (double s : seconds) {
            passList.append(passList.length() == 0 ? "" : ",").append(String.format("%.4f", s));
        }
        System.out.printf("{\"files\":%d,\"bytes\":%d,\"seconds\":%.4f,\"cpu_seconds\":%.4f,\"errors\":%d,\"passes\":[%s]}%n",
                docs.size(), bytes, median, cpu[medianIndex], errors, passList);
    }

    private static int runPass(Html2Md html2md, List<String> docs) {
        int errors = 0;
        long sink = 0;
        for (String doc : docs) {
            try {
                sink += html2md.convert(doc).length();
            } catch (RuntimeException | StackOverflowError e) {
                errors++;
            }
        }
        if (sink == 42) {
            System.err.print("");
        }
        return errors;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }
}
