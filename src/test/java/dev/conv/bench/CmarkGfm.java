package dev.conv.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * GitHub's own renderer, the {@code cmark-gfm} program, with raw HTML passed through and the given
 * GFM extensions. HTML parts come from its XML tree ({@code --sourcepos}).
 */
final class CmarkGfm implements MarkdownReader {
    private final String program;
    private final List<String> extensions;
    /** Output by format and input: each reader is held against the same runs. */
    private final Map<List<String>, String> outputs = new ConcurrentHashMap<>();

    CmarkGfm(String program, List<String> extensions) {
        this.program = program;
        this.extensions = List.copyOf(extensions);
    }

    /** The program's version line, or null when it cannot be run. */
    static String version(String program) {
        try {
            String out = run(List.of(program, "--version"), "");
            return out.lines().findFirst().orElse("").replaceFirst(" - .*", "");
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    @Override
    public String name() {
        return "cmark-gfm -e " + String.join(" -e ", extensions);
    }

    @Override
    public String html(String markdown) {
        return outputs.computeIfAbsent(List.of("html", markdown), k -> run(command("html"), markdown));
    }

    @Override
    public List<HtmlPart> htmlParts(String markdown) {
        return partsOfXml(outputs.computeIfAbsent(List.of("xml", markdown), k -> run(command("xml"), markdown)));
    }

    static List<HtmlPart> partsOfXml(String xml) {
        Document tree = Jsoup.parse(xml, "", Parser.xmlParser());
        List<HtmlPart> parts = new ArrayList<>();
        for (Element e : tree.select("html_block, html_inline")) {
            String pos = e.attr("sourcepos");
            int line = Integer.parseInt(pos.substring(0, pos.indexOf(':')));
            parts.add(new HtmlPart(e.tagName().equals("html_block"), line, e.wholeText()));
        }
        return parts;
    }

    private List<String> command(String format) {
        List<String> command = new ArrayList<>(List.of(program, "--unsafe", "-t", format));
        if (format.equals("xml")) {
            command.add("--sourcepos");
        }
        for (String ext : extensions) {
            command.add("-e");
            command.add(ext);
        }
        return command;
    }

    private static String run(List<String> command, String input) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // cmark-gfm reads all of its input before it writes anything.
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out;
            try (InputStream stdout = p.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
