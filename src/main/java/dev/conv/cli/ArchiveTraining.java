package dev.conv.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;

/**
 * A short run through conv's main paths, so that {@code scripts/conv} can record the classes
 * they load into a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}): later runs map
 * them instead of loading and verifying them, which is most of a JVM's start-up. Not a command.
 *
 * <p>With the argument {@code html2md} it runs {@code conv html2md} alone, for an archive of its own:
 * JDK 25 loads and relocates every class of an AOT cache when the JVM starts, so a cache a third
 * smaller (no other command, no gson, no help of the whole tree) starts html2md faster.
 */
public final class ArchiveTraining {
    private static final String HTML = "<html><head><meta charset=utf-8><title>t</title></head><body>"
            + "<h1>标题</h1><p>文字\n <b>粗体</b> <a href=\"/x\" title=\"t\">link</a> <ok href=\"/y\">tag</ok></p>"
            + "<ul><li>one</li><li><p>two</p><ol start=3><li>x</li></ol></li></ul><blockquote><p>q</p></blockquote>"
            + "<pre><code class=\"language-js\">let a = `x`;\n</code></pre><table><tr><th>a</th><th>b</th></tr>"
            + "<tr><td>1|2</td><td>x<br>y</td></tr></table><img src=\"http://c.example/p.md\" width=0 height=0>"
            + "<div class=\"single_ad\"></div><font color=red><center>c</center></font>"
            + "<p><em>e</em> <del>d</del> <code>c</code> https://x.org/a.html<br>&amp;#039;</p>"
            + "<p style=\"display:none\">h</p></i><video controls><source src=\"/v.mp4\" type=\"video/mp4\">v</video>"
            + "</body></html>";
    private static final String MARKDOWN = "---\ntitle: t\n---\n\n# Title\n\nText with <span href=\"/z\">html</span>.\n\n"
            + "<div class=\"article-content\">\n <p>\n  block <ok href=\"/q\">tag</ok>\n </p>\n</div>\n\n原文：http://a.example/文-1.html\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
            + "A [link](/a \"t\"), *em* _em_ **strong** &amp; ![i](/i.png)\n\n    indented code\n";

    /**
     * A page as bulk runs meet them in a repository: a list, misnested tags, an empty wrapper, a custom tag
     * opening an HTML block.
     * With a {@code .git} and {@code .gitignore} beside it, so the git ignore rules are read as a hook's run reads them.
     */
    private static final String REPO_MARKDOWN = "### T\n---\n\n#### [a](/a) &nbsp;|&nbsp; [b](/b)\n\n"
            + "<div class=\"c\" id=\"d\">\n <p><b>bold <p>x</b> y</p></span>\n <ul><li>i</li></ul>\n <div></div>\n"
            + " <img alt=\"a\" src=\"/p.jpg\"/>\n</div>\n\n- one\n- two <font>f</font>\n\n"
            + "<x-wrap class=\"w\">\n<p>t</p>\n</x-wrap>\n";

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Console.ClosedStdin.detected();
        Main.configurePicocli();
        boolean html2mdOnly = args.length > 0 && args[0].equals("html2md");
        Path dir = Files.createTempDirectory("conv-training");
        try {
            Files.writeString(dir.resolve("page.html"), HTML);
            Files.writeString(dir.resolve("page.md"), MARKDOWN);
            run(HTML, "html2md");
            run(MARKDOWN, "html2md", "--from", "markdown");
            run("", "html2md", dir.resolve("page.html").toString());
            run("", "html2md", dir.resolve("page.md").toString());
            run("", "html2md", dir.toString(), "--out-dir", dir.resolve("out").toString());
            run("", "html2md", "--bogus");
            if (html2mdOnly) {
                return;
            }
            run(HTML, "clean");
            run(MARKDOWN, "clean", "--from", "markdown");
            run("", "clean", "--check", "-v", dir.toString());
            run("", "clean", "--diff", dir.toString());
            run("", "fix", "--check", "--steps", "clean,links", dir.toString());
            Path repo = dir.resolve("repo");
            Files.createDirectories(repo.resolve(".git"));
            Files.createDirectories(repo.resolve("docs"));
            Files.writeString(repo.resolve(".gitignore"), "*.tmp\n/build/\n!keep.tmp\n");
            Files.writeString(repo.resolve("docs/page.md"), REPO_MARKDOWN);
            run("", "fix", "--check", repo.toString());
            run("", "fix", "--check", "-q", repo.toString());
            run("", "--help");
        } finally {
            FileUtils.deleteQuietly(dir.toFile());
        }
    }

    private static void run(String stdin, String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Main.run(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), sink, sink, args);
    }
}
