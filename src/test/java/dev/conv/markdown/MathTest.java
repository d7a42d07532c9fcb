package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.Html2MdRun;
import org.junit.jupiter.api.Test;

/**
 * MathML becomes TeX that GitHub renders: {@code $…$} inline ({@code $`…`$} when the TeX holds
 * characters Markdown would read), {@code $$…$$} or a {@code ```math} block for display math.
 */
class MathTest {
    @Test
    void areaOfACircle() {
        assertThat(Streamed.convert("<p>The area is <math><mi>A</mi><mo>=</mo><mi>π</mi><msup><mi>r</mi><mn>2</mn>"
                + "</msup></math>.</p>")).isEqualTo("The area is $A = \\pi r^{2}$.\n");
    }

    @Test
    void texAnnotationIsUsedWhenThereIsOne() {
        String html = "<p>So <math><semantics><mrow><mi>x</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">\\frac{a}{b}</annotation></semantics></math> holds.</p>";
        assertThat(Streamed.convert(html)).isEqualTo("So $\\frac{a}{b}$ holds.\n");
    }

    @Test
    void runsOfSpacesInTheTexAreOne() {
        // TeX ignores them in math; left in "$…$" they collapsed on a second run, read as text.
        String html = "<p>So <math><semantics><mrow><mi>x</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">\\mathrm{f():    pass}  +\t\tb</annotation></semantics></math> holds.</p>";
        String once = Streamed.convert(html);
        assertThat(once).isEqualTo("So $\\mathrm{f(): pass} + b$ holds.\n");
        assertThat(Html2MdRun.markdown(once, Html2MdOptions.defaults())).isEqualTo(once);
    }

    @Test
    void wikipediaDisplayStyleWrapperIsDroppedInline() {
        String html = "<p>Area <math alttext=\"{\\displaystyle A=\\pi r^{2}}\"><semantics><mrow><mi>A</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">{\\displaystyle A=\\pi r^{2}}</annotation>"
                + "</semantics></math></p>";
        assertThat(Streamed.convert(html)).isEqualTo("Area $A=\\pi r^{2}$\n");
    }

    @Test
    void texThatMarkdownWouldReadUsesTheBacktickForm() {
        // _ and \{ would be read as emphasis and an escape inside $…$.
        String html = "<p>Sum <math><semantics><mi>s</mi><annotation encoding='application/x-tex'>"
                + "\\sum_{i=1}^{n} a_i</annotation></semantics></math> and set "
                + "<math><semantics><mi>s</mi><annotation encoding='application/x-tex'>\\{1, 2\\}</annotation>"
                + "</semantics></math></p>";
        assertThat(Streamed.convert(html)).isEqualTo("Sum $`\\sum_{i=1}^{n} a_i`$ and set $`\\{1, 2\\}`$\n");
    }

    @Test
    void dollarInTextNextToMathIsEscaped() {
        String html = "<p>It costs $5, or <math><mi>x</mi><mo>+</mo><mn>1</mn></math> dollars.</p>";
        assertThat(Streamed.convert(html)).isEqualTo("It costs \\$5, or $`x + 1`$ dollars.\n");
    }

    @Test
    void dollarInTextWithoutMathStaysAsItIs() {
        assertThat(Streamed.convert("<p>It costs $5 or $6.</p>")).isEqualTo("It costs $5 or $6.\n");
    }

    @Test
    void mathGluedToAWordUsesTheBacktickForm() {
        assertThat(Streamed.convert("<p>the <math><mi>n</mi></math>th term</p>")).isEqualTo("the $`n`$th term\n");
    }

    @Test
    void displayMathIsItsOwnBlock() {
        String html = "<p>Then<math display=\"block\"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup>"
                + "</math>follows.</p>";
        assertThat(Streamed.convert(html)).isEqualTo("Then\n\n$$E = mc^{2}$$\n\nfollows.\n");
    }

    @Test
    void displayMathThatMarkdownWouldReadIsAMathBlock() {
        String html = "<math display=\"block\"><msub><mi>x</mi><mi>i</mi></msub></math>";
        assertThat(Streamed.convert(html)).isEqualTo("```math\nx_{i}\n```\n");
    }

    @Test
    void fractionsRootsAndScripts() {
        String html = "<math><mfrac><mrow><mo>-</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup>"
                + "<mo>-</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac>"
                + "</math>";
        assertThat(Streamed.convert(html)).isEqualTo("$\\frac{-b \\pm \\sqrt{b^{2} - 4ac}}{2a}$\n");
    }

    @Test
    void bigOperatorsTakeLimits() {
        String html = "<math><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"
                + "<msub><mi>x</mi><mi>i</mi></msub></math>";
        assertThat(Streamed.convert(html)).isEqualTo("$`\\sum_{i = 1}^{n} x_{i}`$\n");
    }

    @Test
    void texSpecialCharactersInTextAreEscaped() {
        String html = "<math><mtext>50% off</mtext><mo>&amp;</mo><mi>#</mi></math>";
        assertThat(Streamed.convert(html)).isEqualTo("$`\\text{50\\% off}\\&\\#`$\n");
    }

    @Test
    void functionNamesAndAccents() {
        String html = "<math><mi>sin</mi><mo>&#x2061;</mo><mi>θ</mi><mo>+</mo><mover><mi>v</mi><mo>→</mo></mover>"
                + "</math>";
        assertThat(Streamed.convert(html)).isEqualTo("$\\sin \\theta + \\vec{v}$\n");
    }

    @Test
    void mathInAHeadingOrCellIsInline() {
        assertThat(Streamed.convert("<h2>About <math display=block><mi>π</mi></math></h2>"))
                .isEqualTo("## About $\\pi$\n");
        assertThat(Streamed.convert("<table><tr><th>f</th><th>g</th></tr><tr><td><math><mi>a</mi><mo>|</mo>"
                + "<mi>b</mi></math></td><td>x</td></tr></table>")).contains("| $a\\|b$ |");
    }

    @Test
    void deepMathIsConvertedWithoutRecursion() {
        String html = "<math>" + "<msqrt>".repeat(3000) + "<mi>x</mi>" + "</msqrt>".repeat(3000) + "</math>";
        String md = Streamed.convert(html);
        assertThat(md).startsWith("$\\sqrt{").contains("x");
        assertThat(md.length()).isLessThan(3000 * 10);
    }

    @Test
    void emptyMathWritesNothing() {
        assertThat(Streamed.convert("<p>a <math></math> b</p>")).isEqualTo("a b\n");
    }

    @Test
    void wrappingNeverBreaksInsideMath() {
        Html2Md wrapped = new Html2Md(Html2MdOptions.defaults().withWrap(20));
        String md = Streamed.convert(wrapped, "<p>So the area of the circle is <math><mi>A</mi><mo>=</mo><mi>π</mi>"
                + "<msup><mi>r</mi><mn>2</mn></msup></math> as known.</p>");
        assertThat(md).contains("$A = \\pi r^{2}$");
    }

    @Test
    void katexVisualCopyIsNotWrittenBesideItsMathMl() {
        String html = "<p>So <span class=\"katex\"><span class=\"katex-mathml\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
                + "<semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>"
                + "<annotation encoding=\"application/x-tex\">x^2</annotation></semantics></math></span>"
                + "<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"base\"><span class=\"mord\">"
                + "<span class=\"mord mathnormal\">x</span><span class=\"msupsub\"><span class=\"mord mtight\">2"
                + "</span></span></span></span></span></span> grows.</p>";
        assertThat(Streamed.convert(html)).isEqualTo("So $x^2$ grows.\n");
    }

    @Test
    void wikipediaFormulaIsItsMathNotItsFallbackImage() {
        String html = "<p>Solve <span class=\"mwe-math-element\"><span class=\"mwe-math-mathml-inline mwe-math-mathml-a11y\""
                + " style=\"display: none;\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\""
                + " alttext=\"{\\displaystyle ax^{2}+bx+c=0}\"><semantics><mrow><mi>a</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">{\\displaystyle ax^{2}+bx+c=0}</annotation></semantics>"
                + "</math></span><img src=\"https://wikimedia.org/api/rest_v1/media/math/render/svg/1\""
                + " class=\"mwe-math-fallback-image-inline\" aria-hidden=\"true\" alt=\"{\\displaystyle ax^{2}+bx+c=0}\">"
                + "</span> for x.</p>";
        assertThat(Streamed.convert(html)).isEqualTo("Solve $ax^{2}+bx+c=0$ for x.\n");
        String display = "<div><span class=\"mwe-math-element\"><span class=\"mwe-math-mathml-display\" style=\"display: none;\">"
                + "<math display=\"block\"><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">"
                + "{\\displaystyle x={\\frac {-b}{2a}}}</annotation></semantics></math></span>"
                + "<img src=\"https://wikimedia.org/x.svg\" class=\"mwe-math-fallback-image-display\" alt=\"x\"></span></div>";
        assertThat(Streamed.convert(display)).isEqualTo("$$x={\\frac {-b}{2a}}$$\n");
    }

    @Test
    void wikipediaFormulaWithItsImageFirstIsItsMathToo() {
        String html = "<p>Solve <span class=\"mwe-math-element\"><img src=\"https://wikimedia.org/1.svg\""
                + " class=\"mwe-math-fallback-image-inline\" alt=\"x\"><span style=\"display: none;\"><math><semantics>"
                + "<mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math></span></span>.</p>";
        assertThat(Streamed.convert(html)).isEqualTo("Solve $x$.\n");
    }

    @Test
    void textKeepsTheSpacesAtItsEdges() {
        assertThat(Streamed.convert("<math><mi>x</mi><mtext> if </mtext><mi>y</mi></math>"))
                .isEqualTo("$x\\text{ if }y$\n");
    }
}
