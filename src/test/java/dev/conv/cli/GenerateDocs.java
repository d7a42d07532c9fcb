package dev.conv.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * A build step ({@code mvn package}, not a test): writes conv's bash/zsh completion script
 * (picocli's {@code AutoComplete}) and one man page per command (picocli's
 * {@code ManPageGenerator}, AsciiDoc) from the command tree itself, so neither drifts from the
 * options. The AsciiDoc is rendered to roff only where {@code asciidoctor} is installed.
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/doc");
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine conv = Main.commandLine(new Console(new ByteArrayInputStream(new byte[0]), sink, sink));
        conv.setUsageHelpWidth(80); // the same pages whatever terminal the build ran in
        Files.createDirectories(out);
        Path completion = out.resolve("conv_completion.bash");
        Files.writeString(completion, AutoComplete.bash("conv", conv));
        Path adoc = out.resolve("man");
        Files.createDirectories(adoc);
        int code = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, conv.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("man page generation failed: " + code);
        }
        unconstrain(adoc);
        String rendered = render(adoc, out.resolve("man1"));
        System.out.println("conv: wrote " + completion + " and the man pages in " + adoc + rendered);
    }

    /**
     * Option names in unconstrained bold ({@code **--steps**}): picocli writes constrained marks,
     * which AsciiDoc leaves as text beside a word character ({@code *--steps*_=STEPS_},
     * {@code [*-w* | *-c*}), so the page showed the asterisks.
     */
    static String unconstrained(String adoc) {
        return adoc.replaceAll("(?<![*\\w])\\*(--?[A-Za-z0-9][A-Za-z0-9-]*)\\*(?!\\*)", "**$1**")
                .replaceAll("\\*\\*_([^_\\s]+)_(?!\\w)", "**__$1__");
    }

    private static void unconstrain(Path adoc) throws IOException {
        try (var pages = Files.list(adoc)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                Files.writeString(page, unconstrained(Files.readString(page)));
            }
        }
    }

    /** roff pages from the AsciiDoc, when asciidoctor is installed; says which it did. */
    private static String render(Path adoc, Path man1) throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder("asciidoctor", "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            return " (AsciiDoc only: asciidoctor is not installed to render them to roff)";
        }
        probe.getInputStream().readAllBytes();
        if (probe.waitFor() != 0) {
            return " (AsciiDoc only: asciidoctor does not run)";
        }
        Files.createDirectories(man1);
        try (var pages = Files.list(adoc)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                Process p = new ProcessBuilder("asciidoctor", "-b", "manpage", "--failure-level", "WARN", "-D",
                        man1.toString(), page.toString())
                        .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    throw new IOException("asciidoctor failed on " + page + ": " + output);
                }
            }
        }
        return " and rendered to roff in " + man1;
    }
}
