package dev.conv.testutil;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * GitHub's math syntax for the test reader, rendered as {@code <math>} elements holding the TeX:
 * {@code $…$} (no space just inside the dollars, no digit right after the closing one, as
 * GitHub and pandoc read it), {@code $`…`$}, {@code $$…$$} and {@code ```math} blocks. A page's
 * own MathML and conv's TeX then compare as the same kind of thing: math, not text or code.
 */
final class GfmMath {
    private GfmMath() {
    }

    /** An inline or display formula. */
    static final class MathNode extends Node {
        final String tex;
        final boolean display;

        MathNode(BasedSequence chars, String tex, boolean display) {
            super(chars);
            this.tex = tex;
            this.display = display;
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[] {getChars()};
        }
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Inline();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Inline implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence in = parser.getInput();
            int i = parser.getIndex();
            int n = in.length();
            if (i + 1 < n && in.charAt(i + 1) == '$') {
                int close = in.indexOf("$$", i + 2);
                return close > i + 2 && math(parser, i, close + 2, in.subSequence(i + 2, close).toString().strip(), true);
            }
            if (i + 1 < n && in.charAt(i + 1) == '`') {
                int run = 0;
                while (i + 1 + run < n && in.charAt(i + 1 + run) == '`') {
                    run++;
                }
                for (int j = i + 1 + run; j < n; j++) {
                    if (in.charAt(j) != '`') {
                        continue;
                    }
                    int k = j;
                    while (k < n && in.charAt(k) == '`') {
                        k++;
                    }
                    if (k - j == run && k < n && in.charAt(k) == '$') {
                        String code = in.subSequence(i + 1 + run, j).toString().replace('\n', ' ');
                        if (code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
                            code = code.substring(1, code.length() - 1);
                        }
                        return math(parser, i, k + 1, code, false);
                    }
                    j = k;
                }
                return false;
            }
            if (i + 1 >= n || Character.isWhitespace(in.charAt(i + 1))) {
                return false;
            }
            for (int j = i + 1; j < n; j++) {
                char c = in.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '$' && !Character.isWhitespace(in.charAt(j - 1))
                        && !(j + 1 < n && Character.isDigit(in.charAt(j + 1)))) {
                    return math(parser, i, j + 1, in.subSequence(i + 1, j).toString(), false);
                }
            }
            return false;
        }

        private static boolean math(LightInlineParser parser, int from, int to, String tex, boolean display) {
            parser.flushTextNode();
            parser.appendNode(new MathNode(parser.getInput().subSequence(from, to), tex, display));
            parser.setIndex(to);
            return true;
        }
    }

    /** Renders math as {@code <math>}, and a {@code ```math} block as display math. */
    static List<NodeRenderingHandler<?>> handlers() {
        return List.of(
                new NodeRenderingHandler<>(MathNode.class, (node, context, html) -> render(node.tex, node.display, html)),
                new NodeRenderingHandler<>(FencedCodeBlock.class, GfmMath::fenced));
    }

    private static void fenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        if (node.getInfo().toString().strip().equals("math")) {
            render(node.getContentChars().toString(), true, html);
        } else {
            context.delegateRender();
        }
    }

    private static void render(String tex, boolean display, HtmlWriter html) {
        html.attr("display", display ? "block" : "inline").withAttr().tag("math");
        html.text(tex);
        html.tag("/math");
    }
}
