package dev.conv.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Character references in Markdown are read with jsoup's table, as commonmark-java reads them with its own. */
class EntityReferencesTest {
    private static final String TABLE = "org/commonmark/internal/util/entities.txt";

    /**
     * Found by measuring: commonmark-java's table is a jar resource of 2,125 lines, read and parsed on the
     * first reference of a run (8% of the CPU of html2md on a 2 KB page holding {@code &nbsp;}), while
     * jsoup holds the same table, loaded already. The reader never asks for that resource for a reference
     * in text (a link's destination or title, or a code fence's info string, are read by commonmark-java).
     */
    @Test
    void readingReferencesLeavesCommonmarksTableUnread() throws Exception {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        try (URLClassLoader loader = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader()) {
            @Override
            public URL getResource(String name) {
                asked.add(name);
                return super.getResource(name);
            }

            @Override
            public InputStream getResourceAsStream(String name) {
                asked.add(name);
                return super.getResourceAsStream(name);
            }
        }) {
            loader.loadClass(MarkdownReader.class.getName()).getMethod("parse", String.class)
                    .invoke(null, "# a&nbsp;b\n\n&#x4e2d; &amp; *&copy;* [&lt;l&gt;](/x?a=1&b=2)\n\n| &lt; | b |\n|---|---|\n| &gt; | c |\n");
            assertThat(asked).noneMatch(name -> name.endsWith(TABLE));

            // commonmark-java's own reader, in the same loader, asks for it.
            Class<?> parser = loader.loadClass(Parser.class.getName());
            Object builder = parser.getMethod("builder").invoke(null);
            Object built = builder.getClass().getMethod("build").invoke(builder);
            parser.getMethod("parse", String.class).invoke(built, "a&nbsp;b");
            assertThat(asked).anyMatch(name -> name.endsWith(TABLE));
        }
    }

    /** Every name of commonmark-java's table, numeric references and near misses read alike. */
    @Test
    void everyReferenceReadsAsCommonmarkReadsIt() throws IOException {
        StringBuilder page = new StringBuilder();
        try (InputStream in = Parser.class.getClassLoader().getResourceAsStream(TABLE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) {
                    page.append('&').append(line, 0, line.indexOf('=')).append("; x\n");
                }
            }
        }
        assertThat(page.length()).isGreaterThan(10_000);
        page.append("&NewLine; &nosuch; &amp &#0; &#x0; &#65; &#X41; &#x10FFFF; &#x110000; &#1234567; &#12345678; "
                + "&#xD800; &#x1234567; &#; &#x; &AMP; &a1; &1a; &\n");
        for (String markdown : List.of(page.toString(), "[a](/u?x=1&amp;y&nbsp;=&#65; \"t&lt;\")\n\n```a&gt;b\nc\n```\n",
                "| a&amp; | b |\n|---|---|\n| &lt;x&gt; | ~&copy;~ |\n")) {
            assertThat(html(MarkdownReader.parse(markdown)))
                    .isEqualTo(html(Parser.builder().extensions(MarkdownReader.extensions()).build().parse(markdown)));
        }
    }

    private static String html(Node document) {
        return HtmlRenderer.builder().extensions(MarkdownReader.extensions()).build().render(document);
    }

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
