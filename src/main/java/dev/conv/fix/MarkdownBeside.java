package dev.conv.fix;

import dev.conv.page.FrontMatter;
import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.page.TextEncoding;
import dev.conv.step.Artifact;
import dev.conv.step.Change;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * html2md in a pipeline that rewrites files in place, with the steps that come after it. A
 * Markdown page is rewritten in its own file: html2md, then the later steps. An HTML page stays
 * HTML (writing Markdown into {@code page.html} would break it): its Markdown is an artifact
 * beside it, {@code page.md}, that the later steps work on as a page of its own, placed at
 * {@code page.md} (links resolve from the same folder, qr draws {@code page.md}'s URL into
 * {@code page.md.png}). The Markdown opens with {@link #MARK} (after any front matter), so a later
 * run knows the file as this page's output, and a {@code page.md} without it is never replaced.
 */
final class MarkdownBeside implements Step {
    /** The line that makes a Markdown file an HTML page's output; an HTML comment, so no reader shows it. */
    static final String MARK = "<!-- conv:from-html: written by conv fix from the HTML page of the same name; "
            + "edit that page, not this file -->";
    /** What a file must hold, at a line's start, to be replaced: the mark's fixed beginning. */
    static final String MARK_START = "<!-- conv:from-html:";

    private final Step html2md;
    private final Step after;

    /** @param after the steps after html2md, or null */
    MarkdownBeside(Step html2md, Step after) {
        this.html2md = html2md;
        this.after = after;
    }

    @Override
    public String name() {
        return html2md.name();
    }

    @Override
    public StepResult apply(Page page) {
        if (page.kind() != SourceKind.HTML) {
            StepResult r = html2md.apply(page);
            // html2md always makes a new text; the page changed only when that text differs
            StepResult own = new StepResult(r.page(), r.changes(), r.artifacts(), !r.page().text().equals(page.text()));
            return after == null ? own : then(own, after.apply(own.page()), own.page());
        }
        String name = markdownName(page);
        if (name == null) {
            return StepResult.unchanged(page); // no file name to put the Markdown under
        }
        StepResult converted = html2md.apply(page);
        Page markdown = placed(converted.page(), page, name);
        StepResult later = after == null ? StepResult.unchanged(markdown) : after.apply(markdown);
        List<Change> changes = new ArrayList<>(converted.changes());
        changes.addAll(later.changes());
        List<Artifact> artifacts = new ArrayList<>(converted.artifacts());
        artifacts.add(new Artifact(Path.of(name), marked(later.page().text()).getBytes(StandardCharsets.UTF_8),
                MARK_START));
        artifacts.addAll(later.artifacts());
        return new StepResult(page, changes, artifacts, false);
    }

    private static StepResult then(StepResult first, StepResult second, Page before) {
        List<Change> changes = new ArrayList<>(first.changes());
        changes.addAll(second.changes());
        List<Artifact> artifacts = new ArrayList<>(first.artifacts());
        artifacts.addAll(second.artifacts());
        return new StepResult(second.page(), changes, artifacts, first.changed() || second.changed());
    }

    /** The Markdown's file name: the HTML file's with {@code .md} for its extension. */
    static String markdownName(Page page) {
        String file = page.path() != null && page.path().getFileName() != null ? page.path().getFileName().toString()
                : page.location() != null ? last(page.location().pathFromRoot()) : null;
        return file == null ? null : SourceKind.withoutExtension(file) + ".md";
    }

    /** The Markdown as a page of its own at {@code name} beside the HTML page, for the later steps. */
    private static Page placed(Page markdown, Page html, String name) {
        Path path = html.path() == null ? Path.of(name) : html.path().resolveSibling(name);
        Page p = new Page(path.toString(), path, SourceKind.MARKDOWN, markdown.text(), TextEncoding.UTF8);
        PageLocation at = html.location();
        if (at == null) {
            return p;
        }
        String from = at.pathFromRoot();
        String dir = from.substring(0, from.length() - last(from).length());
        String url = at.publicUrl();
        String oldExtension = last(from).substring(SourceKind.withoutExtension(last(from)).length());
        // the page's URL ends in its name, percent-encoded; the extension is ASCII, so it ends the URL as it is
        String mdUrl = url != null && !oldExtension.isEmpty() && url.endsWith(oldExtension)
                ? url.substring(0, url.length() - oldExtension.length()) + ".md" : null;
        return p.withLocation(new PageLocation(dir + name, mdUrl));
    }

    private static String last(String pathFromRoot) {
        return pathFromRoot.substring(pathFromRoot.lastIndexOf('/') + 1);
    }

    /** The Markdown with the mark on its first line, or right after its front matter. */
    static String marked(String markdown) {
        int front = FrontMatter.length(markdown);
        String head = markdown.substring(0, front);
        String body = markdown.substring(front);
        if (!head.isEmpty() && !head.endsWith("\n")) {
            head += "\n";
        }
        String rest = body.replaceFirst("^(\r?\n)+", ""); // blank lines only: an indented code block keeps its indent
        return head + MARK + "\n" + (rest.isEmpty() ? "" : "\n" + rest);
    }

    /** Whether a Markdown file's text is an HTML page's output: a line starts with the mark. */
    static boolean isOutput(String text) {
        return text.lines().anyMatch(line -> line.startsWith(MARK_START));
    }
}
