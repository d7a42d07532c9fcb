package dev.conv.testutil;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * GitHub's math syntax for the test reader, rendered as {@code <math>} elements holding the TeX:
 * {@code $…$} (no space just inside the dollars, no digit right after the closing one, as
 * GitHub and pandoc read it), {@code $`…`$}, {@code $$…$$} and {@code ```math} blocks. A page's
 * own MathML and conv's TeX then compare as the same kind of thing: math, not text or code.
 */
final class GfmMath {
    private GfmMath() {
    }

    /** An inline formula ({@code $$…$$} is display math, read inline as GitHub does). */
    static final class MathInline extends CustomNode {
        final String tex;
        final boolean display;

        MathInline(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
        }
    }

    /** A {@code ```math} block. */
    static final class MathBlock extends CustomBlock {
        final String tex;

        MathBlock(String tex) {
            this.tex = tex;
        }
    }

    /** Reads the inline forms, triggered on {@code $}. */
    static final InlineContentParserFactory INLINE = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return GfmMath::inline;
        }
    };

    /** Turns {@code ```math} fences into display math. */
    static final PostProcessor FENCES = document -> {
        for (Node n : GfmMarkdown.descendants(document)) {
            if (n instanceof FencedCodeBlock code && code.getInfo() != null && code.getInfo().strip().equals("math")) {
                MathBlock math = new MathBlock(code.getLiteral());
                math.setSourceSpans(code.getSourceSpans());
                code.insertBefore(math);
                code.unlink();
            }
        }
        return document;
    };

    /** Renders both kinds of math as {@code <math>}. */
    static final HtmlNodeRendererFactory RENDERER = context -> new NodeRenderer() {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathInline.class, MathBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MathInline m) {
                write(context, m.tex, m.display);
            } else {
                write(context, ((MathBlock) node).tex, true);
            }
        }
    };

    private static void write(HtmlNodeRendererContext context, String tex, boolean display) {
        HtmlWriter html = context.getWriter();
        html.tag("math", Map.of("display", display ? "block" : "inline"));
        html.text(tex);
        html.tag("/math");
    }

    /** Test code: reads the rest of the paragraph for each {@code $}, which is fine for fixtures. */
    private static ParsedInline inline(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        while (scanner.hasNext()) {
            scanner.next();
        }
        String in = scanner.getSource(start, scanner.position()).getContent();
        scanner.setPosition(start);
        int n = in.length();
        if (n > 1 && in.charAt(1) == '$') {
            int close = in.indexOf("$$", 2);
            return close > 2 ? math(scanner, close + 2, in.substring(2, close).strip(), true) : ParsedInline.none();
        }
        if (n > 1 && in.charAt(1) == '`') {
            int run = 0;
            while (1 + run < n && in.charAt(1 + run) == '`') {
                run++;
            }
            for (int j = 1 + run; j < n; j++) {
                if (in.charAt(j) != '`') {
                    continue;
                }
                int k = j;
                while (k < n && in.charAt(k) == '`') {
                    k++;
                }
                if (k - j == run && k < n && in.charAt(k) == '$') {
                    String code = in.substring(1 + run, j).replace('\n', ' ');
                    if (code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
                        code = code.substring(1, code.length() - 1);
                    }
                    return math(scanner, k + 1, code, false);
                }
                j = k;
            }
            return ParsedInline.none();
        }
        if (n < 2 || Character.isWhitespace(in.charAt(1))) {
            return ParsedInline.none();
        }
        for (int j = 1; j < n; j++) {
            char c = in.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$' && !Character.isWhitespace(in.charAt(j - 1))
                    && !(j + 1 < n && Character.isDigit(in.charAt(j + 1)))) {
                return math(scanner, j + 1, in.substring(1, j), false);
            }
        }
        return ParsedInline.none();
    }

    /** Math from the scanner's position to {@code length} characters on (line ends counted as one). */
    private static ParsedInline math(Scanner scanner, int length, String tex, boolean display) {
        for (int i = 0; i < length; i++) {
            scanner.next();
        }
        return ParsedInline.of(new MathInline(tex, display), scanner.position());
    }
}
