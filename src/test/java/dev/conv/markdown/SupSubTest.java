package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code <sup>} and {@code <sub>} in Markdown: Unicode superscript and subscript characters when
 * every character has one, {@code ^(…)} and {@code _(…)} otherwise, so {@code 10<sup>6</sup>}
 * never reads as 106; raw HTML under --keep-html.
 */
class SupSubTest {
    @Test
    void digitsBecomeUnicodeSuperscripts() {
        assertThat(Streamed.convert("<p>10<sup>6</sup> and 2<sup>-10</sup> and x<sup>n+1</sup></p>"))
                .isEqualTo("10⁶ and 2⁻¹⁰ and xⁿ⁺¹\n");
    }

    @Test
    void chemistryBecomesUnicodeSubscripts() {
        assertThat(Streamed.convert("<p>H<sub>2</sub>O, CO<sub>2</sub>, x<sub>i</sub>, T<sub>max</sub></p>"))
                .isEqualTo("H₂O, CO₂, xᵢ, Tₘₐₓ\n");
    }

    @Test
    void ordinalsAndSymbolsWithASuperscriptForm() {
        assertThat(Streamed.convert("<p>the 2<sup>nd</sup> of May, E = mc<sup>2</sup>, Ca<sup>2+</sup></p>"))
                .isEqualTo("the 2ⁿᵈ of May, E = mc², Ca²⁺\n");
    }

    @Test
    void ionChargesBecomeUnicodeSuperscripts() {
        assertThat(Streamed.convert("<p>Na<sup>+</sup> and Cl<sup>−</sup></p>")).isEqualTo("Na⁺ and Cl⁻\n");
    }

    @Test
    void textWithoutAFormIsMarked() {
        assertThat(Streamed.convert("<p>e<sup>iπ</sup> = -1, x<sup>q</sup>, T<sub>cell</sub></p>"))
                .isEqualTo("e^(iπ) = -1, x^(q), T_(cell)\n");
    }

    @Test
    void footnoteMarksStayAsTheyAre() {
        assertThat(Streamed.convert("<p>Claim<sup>*</sup> and another<sup>†</sup>.</p>"))
                .isEqualTo("Claim* and another†.\n");
        assertThat(Streamed.convert("<p>Cited<sup class=reference><a href='#cite_note-1'>[1]</a></sup>.</p>"))
                .isEqualTo("Cited[\\[1\\]](#cite_note-1).\n");
    }

    @Test
    void footnoteNumberInALinkIsSuperscriptInTheLink() {
        assertThat(Streamed.convert("<p>Cited<sup><a href='#fn1'>1</a></sup>.</p>")).isEqualTo("Cited[¹](#fn1).\n");
    }

    @Test
    void markedTextKeepsItsEmphasis() {
        assertThat(Streamed.convert("<p>x<sup><i>q</i></sup></p>")).isEqualTo("x^(*q*)\n");
    }

    @Test
    void spacesAroundTheScriptStay() {
        assertThat(Streamed.convert("<p>area <sup>2</sup> m</p>")).isEqualTo("area ² m\n");
        assertThat(Streamed.convert("<p>x<sup> q </sup>y</p>")).isEqualTo("x ^(q) y\n");
    }

    @Test
    void emptyScriptWritesNothing() {
        assertThat(Streamed.convert("<p>a<sup></sup>b<sub> </sub>c</p>")).isEqualTo("ab c\n");
    }

    @Test
    void keepHtmlKeepsTheTags() {
        Html2Md keep = new Html2Md(Html2MdOptions.defaults().withKeepHtml(true));
        assertThat(Streamed.convert(keep, "<p>10<sup>6</sup> H<sub>2</sub>O</p>"))
                .isEqualTo("10<sup>6</sup> H<sub>2</sub>O\n");
    }

    @Test
    void scriptsInsideCodeAreCode() {
        assertThat(Streamed.convert("<p><code>x<sup>2</sup></code></p>")).isEqualTo("`x2`\n");
    }

    @Test
    void longRaisedTextIsMarked() {
        String text = "a note about the measurement that runs on for quite a few words indeed";
        assertThat(Streamed.convert("<p>x<sup>" + text + "</sup></p>")).isEqualTo("x^(" + text + ")\n");
    }

    @Test
    void deeplyNestedScriptsAreWrittenInLinearSpace() {
        String html = "<p>x" + "<sup>".repeat(3000) + "2" + "</sup>".repeat(3000) + " y</p>";
        String md = Streamed.convert(html);
        assertThat(md).startsWith("x").contains("²").endsWith(" y\n");
        assertThat(md.length()).isLessThan(3000 * 4);
        String wide = "<p>" + "<sup>n</sup>".repeat(20000) + "</p>";
        assertThat(Streamed.convert(wide)).hasSize(20000 + 1);
    }
}
