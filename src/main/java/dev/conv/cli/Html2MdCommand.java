package dev.conv.cli;

import dev.conv.markdown.Html2Md;
import dev.conv.page.AtomicWriter;
import dev.conv.page.BadInputException;
import dev.conv.page.TextSource;
import dev.conv.page.PageReader;
import dev.conv.run.InputFile;
import dev.conv.run.Parallel;
import dev.conv.run.Selection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code conv html2md}: HTML (or Markdown with HTML) to clean GitHub-flavoured Markdown. */
@Command(name = "html2md",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Convert HTML, or Markdown that embeds HTML, to clean GitHub-flavoured Markdown.",
                "With no FILE, or FILE '-', reads stdin and writes stdout.",
                "Directories and several files need --out-dir; their layout is mirrored there, .html/.htm -> .md."},
        footer = {"", "Examples:",
                "  conv html2md < page.html > page.md",
                "  conv html2md page.html -o page.md",
                "  conv html2md site/ --out-dir markdown/"})
final class Html2MdCommand implements Callable<Integer> {
    private static final Set<String> EXTENSIONS = dev.conv.page.SourceKind.allExtensions();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or directories; '-' is stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the Markdown to FILE (one input only).")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one .md per input under DIR, mirroring the input layout.")
    Path outDir;

    @Mixin
    ReadOptions read;

    @Mixin
    FileSelectionOptions selection;

    @Mixin
    Html2MdStyleOptions style;

    @Mixin
    CustomTagOptions customTags;

    @Mixin
    TrackerHostOptions trackers;

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;

    Html2MdCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PageReader reader = read.reader(spec.commandLine());
        Html2Md html2md = new Html2Md(style.toOptions().withTagPolicies(customTags.tagPolicies())
                .withTrackerHosts(trackers.trackerHosts()));
        if (output != null && outDir != null) {
            throw new UsageException("-o and --out-dir cannot be used together");
        }
        boolean stdin = inputs.isEmpty() || inputs.size() == 1 && inputs.get(0).equals("-");
        if (stdin) {
            if (outDir != null) {
                throw new UsageException("--out-dir needs FILE or directory arguments, not stdin");
            }
            return convertStdin(reader, html2md);
        }
        if (inputs.contains("-")) {
            throw new UsageException("'-' (stdin) cannot be mixed with other inputs");
        }
        if (outDir == null) {
            Path only = Path.of(inputs.get(0));
            if (inputs.size() > 1 || Files.isDirectory(only)) {
                throw new UsageException("several inputs or a directory need --out-dir DIR");
            }
            return convertOne(reader, html2md, only);
        }
        return convertTree(reader, html2md);
    }

    private int convertStdin(PageReader reader, Html2Md html2md) {
        checkOutput();
        console.noteTerminalStdin("html2md", "FILE");
        TextSource page;
        try {
            page = reader.open(console.in(), read.stdinName());
        } catch (BadInputException e) {
            console.error(read.stdinName() + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
        ReadOptions.warnIfGuessed(console, page, true);
        return emit(html2md, page);
    }

    private int convertOne(PageReader reader, Html2Md html2md, Path file) {
        checkOutput();
        TextSource page;
        try {
            page = reader.open(file);
        } catch (BadInputException e) {
            console.error(file + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
        ReadOptions.warnIfGuessed(console, page, false);
        return emit(html2md, page);
    }

    /**
     * Proves -o FILE can be written before any work: its directory exists (else the error would
     * name the temporary file the atomic write starts with) and FILE is no directory.
     */
    private void checkOutput() {
        if (output == null) {
            return;
        }
        if (Files.isDirectory(output)) {
            throw new SetupException("-o " + output + ": is a directory");
        }
        Path parent = output.getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        throw new SetupException("-o " + output + ": " + (Files.exists(parent)
                ? parent + " is not a directory" : "directory " + parent + " does not exist"));
    }

    /** Converts to -o FILE (atomically) or stdout, streaming. */
    private int emit(Html2Md html2md, TextSource page) {
        warnIfReplaced(page);
        try {
            if (output != null) {
                AtomicWriter.write(output, out -> convertTo(html2md, page, out));
            } else {
                convertTo(html2md, page, console.out());
            }
            return ExitCode.OK;
        } catch (IOException e) {
            console.error((output != null ? output : "stdout") + ": cannot write (" + e.getMessage() + ")");
        } catch (UncheckedBadInput e) {
            console.error(page.name() + ": " + e.getCause().getMessage());
        } catch (StackOverflowError | OutOfMemoryError e) {
            console.error(page.name() + ": " + tooLarge(e));
        }
        return ExitCode.FAILED;
    }

    private static void convertTo(Html2Md html2md, TextSource page, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            html2md.apply(page, writer);
        } catch (BadInputException e) {
            throw new UncheckedBadInput(e);
        }
        writer.flush();
    }

    /** Carries a decoding failure found mid-stream out of the atomic writer's callback. */
    private static final class UncheckedBadInput extends RuntimeException {
        UncheckedBadInput(BadInputException cause) {
            super(cause);
        }
    }

    private static String tooLarge(Throwable e) {
        return "too large or too deeply nested to convert (" + e.getClass().getSimpleName()
                + "; raise the heap with JAVA_OPTS=-Xmx...)";
    }

    private int convertTree(PageReader reader, Html2Md html2md) {
        prepareOutDir();
        Selection set = selection.fileSet(EXTENSIONS, outDir).collect(inputs);
        set.problems().forEach(console::error);
        UnmatchedGlobs.report(console, set.unmatchedGlobs());
        OutDirTargets targets = new OutDirTargets(outDir);
        List<InputFile> files = new ArrayList<>(set.files());
        // Inputs that would overwrite each other's output: neither is written, whatever the order.
        int collided = 0;
        for (Map.Entry<Path, List<InputFile>> c : targets.collisions(files).entrySet()) {
            List<String> names = c.getValue().stream().map(f -> PathDisplay.of(f.path())).toList();
            console.error(String.join(", ", names) + ": would all be written to " + PathDisplay.of(c.getKey())
                    + "; none is converted");
            files.removeAll(c.getValue());
            collided += c.getValue().size();
        }
        AtomicInteger failed = new AtomicInteger();
        try (Progress progress = Progress.start(console, "html2md", files.size(), common.quiet)) {
            Parallel.map(files, file -> {
                String error = convertFile(reader, html2md, file, targets.of(file));
                if (error != null) {
                    failed.incrementAndGet();
                    console.error(error);
                } else if (common.verbose) {
                    console.error(file.path() + " -> " + targets.of(file));
                }
                return error;
            }, r -> progress.step(), f -> Parallel.fileSize(f.path()));
        }
        int bad = failed.get() + set.problems().size() + collided;
        if (!common.quiet) {
            int converted = files.size() - failed.get();
            console.error(String.format("converted %d file%s%s%s", converted, converted == 1 ? "" : "s",
                    bad > 0 ? ", " + bad + " failed" : "", UnmatchedGlobs.summary(set.unmatchedGlobs())));
        }
        return bad > 0 || !set.unmatchedGlobs().isEmpty() ? ExitCode.FAILED : ExitCode.OK;
    }

    /** Creates --out-dir and proves it writable before any work is done. */
    private void prepareOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new SetupException("--out-dir " + outDir + ": cannot create (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(outDir) || !Files.isWritable(outDir)) {
            throw new SetupException("--out-dir " + outDir + ": not a writable directory");
        }
    }

    /** Null on success, else the one-line error naming the file. */
    private String convertFile(PageReader reader, Html2Md html2md, InputFile file, Path target) {
        TextSource page;
        try {
            page = reader.open(file.path());
        } catch (BadInputException e) {
            return file.path() + ": " + e.getMessage();
        }
        ReadOptions.warnIfGuessed(console, page, false);
        warnIfReplaced(page);
        try {
            Files.createDirectories(target.getParent());
            AtomicWriter.write(target, out -> convertTo(html2md, page, out));
            return null;
        } catch (IOException e) {
            return target + ": cannot write (" + e.getMessage() + ")";
        } catch (UncheckedBadInput e) {
            return file.path() + ": " + e.getCause().getMessage();
        } catch (StackOverflowError | OutOfMemoryError e) {
            return file.path() + ": " + tooLarge(e);
        }
    }

    /** Under --lenient-decoding: one warning for a file whose invalid bytes were replaced. */
    private void warnIfReplaced(TextSource page) {
        String warning = ReadOptions.decodingWarning(page.name(), page.encoding());
        if (warning != null) {
            console.error(warning);
        }
    }
}
