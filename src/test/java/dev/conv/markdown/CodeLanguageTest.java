package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a code block comes from the pre, its code, or the wrapper a highlighter puts around them. */
class CodeLanguageTest {
    private static String language(String html) {
        String md = Streamed.convert(html);
        assertThat(md).startsWith("```");
        return md.substring(3, md.indexOf('\n'));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GitHub                 | <div class="highlight highlight-source-python notranslate"><pre>x = 1</pre><div class="zeroclipboard-container"></div></div> | python
            Jekyll and Rouge       | <div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>x = 1</code></pre></div></div> | python
            pandoc                 | <div class="sourceCode" id="cb1"><pre class="sourceCode python"><code class="sourceCode python">x = 1</code></pre></div> | python
            pandoc with numbers    | <pre class="sourceCode numberSource haskell numberLines"><code class="sourceCode">x = 1</code></pre> | haskell
            SyntaxHighlighter      | <pre class="brush: php; title: ; notranslate" title="">$x = 1;</pre> | php
            lang attribute         | <pre lang="rust"><code>let x = 1;</code></pre> | rust
            lang on code           | <pre><code lang="rust">let x = 1;</code></pre> | rust
            data-lang on code      | <div class="highlight"><pre tabindex="0" class="chroma"><code data-lang="go">x := 1</code></pre></div> | go
            data-lang on wrapper   | <div class="highlight" data-lang="go"><pre>x := 1</pre></div> | go
            Sphinx                 | <div class="highlight-python notranslate"><div class="highlight"><pre><span></span>x = 1</pre></div></div> | python
            Enlighter              | <pre class="EnlighterJSRAW" data-enlighter-language="php">$x = 1;</pre> | php
            the pre's own class wins | <div class="language-ruby"><pre class="language-python">x = 1</pre></div> | python
            """)
    void readsTheLanguage(String where, String html, String expected) {
        assertThat(language(html)).as(where).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            natural language of a page     | <div lang="en"><pre>x = 1</pre></div>
            lang- on a far wrapper         | <div class="lang-zh"><section><pre>x = 1</pre></section></div>
            wrapper too far up             | <div class="language-python"><div><div><div><pre>x = 1</pre></div></div></div></div>
            plain text marked as such      | <div class="highlight-none"><pre>x = 1</pre></div>
            Sphinx default                 | <div class="highlight-default notranslate"><div class="highlight"><pre>x = 1</pre></div></div>
            pandoc without a language      | <pre class="sourceCode"><code class="sourceCode">x = 1</code></pre>
            a language that breaks the fence | <pre data-lang="a b">x = 1</pre>
            """)
    void readsNoLanguage(String where, String html) {
        assertThat(language(html)).as(where).isEmpty();
    }
}
