package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.GfmMarkdown;
import dev.conv.testutil.Html2MdRun;
import dev.conv.testutil.ScriptFreeOutput;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The info string conv writes after a code fence is read back, by every CommonMark reader, as a
 * fence with the same language: the language is text that the reader unescapes, and
 * commonmark-java (0.30) counts backticks and tildes together in the opening run, so that
 * {@code ```~e} is no fence to it though it is one to cmark and markdown-it.
 */
class CodeFenceInfoTest {
    private static FencedCodeBlock onlyFence(String markdown) {
        List<Node> fences = GfmMarkdown.descendants(GfmMarkdown.parse(markdown)).stream()
                .filter(FencedCodeBlock.class::isInstance).toList();
        assertThat(fences).as("fenced code blocks in %s", markdown).hasSize(1);
        return (FencedCodeBlock) fences.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            tilde first after backticks    | ``` ~e        | ~e
            backtick first after tildes    | ~~~ `e        | `e
            backtick first, tilde later    | ~~~ `e~       | `e~
            an escaped tilde first         | ``` \\~e      | ~e
            an entity, escaped once        | ~~~ a&amp;amp; | a&amp;
            a backslash before punctuation | ~~~ a\\\\*    | a\\*
            a backslash before a letter    | ~~~ a\\b      | a\\b
            """)
    void theLanguageIsReadBackAsWritten(String where, String opening, String language) {
        String once = Html2MdRun.markdown(opening + "\nx\n", Html2MdOptions.defaults());
        FencedCodeBlock fence = onlyFence(once);
        assertThat(fence.getInfo()).as(where + ": %s", once).isEqualTo(language);
        assertThat(fence.getLiteral()).as(where).isEqualTo("x\n");
        assertThat(Html2MdRun.markdown(once, Html2MdOptions.defaults())).as(where + ": second run").isEqualTo(once);
    }

    @Test
    void anAutolinkInsideAFenceOpenedByTildeInfoStaysCode() {
        // The fuzz finding, minimised: neither the unclosed fence nor the dropped control
        // character of its info string matters, the tilde that starts it does.
        String once = Html2MdRun.markdown("``` ~e\n<httpol:a>\n", Html2MdOptions.defaults());
        assertThat(onlyFence(once).getLiteral()).isEqualTo("<httpol:a>\n");
        assertThat(ScriptFreeOutput.problems(once)).isEmpty();
    }
}
