package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emphasis plan of one block reads a number of tokens linear in the block (counted, not
 * timed). It used to search the block for a token's index, replay CommonMark's pairing over the
 * whole block for every span that fit no way on its own (with linear searches inside the replay),
 * and insert moved edge text into the middle of the token list: 11 KB of alternating emphasis
 * took 12 s.
 */
class EmphasisPlanWorkTest {
    /** The tokens MarkdownWriter makes for {@code <p>} and the unit's spans, repeated. */
    private static List<Token> block(int repeats, String unit) {
        List<Token> tokens = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            switch (unit) {
                case "alternating" -> {
                    tokens.add(Token.open(Token.EM, null, null));
                    tokens.add(Token.text("a"));
                    tokens.add(Token.open(Token.STRONG, null, null));
                    tokens.add(Token.text("b"));
                    tokens.add(Token.close(Token.STRONG));
                    tokens.add(Token.close(Token.EM));
                }
                case "cjk edges" -> {
                    tokens.add(Token.open(Token.STRONG, null, null));
                    tokens.add(Token.text("「台灣」"));
                    tokens.add(Token.close(Token.STRONG));
                    tokens.add(Token.text("主題"));
                }
                case "inside link" -> {
                    tokens.add(Token.text("x"));
                    tokens.add(Token.open(Token.STRONG, null, null));
                    tokens.add(Token.open(Token.LINK, "u", null));
                    tokens.add(Token.text("a"));
                    tokens.add(Token.close(Token.LINK));
                    tokens.add(Token.close(Token.STRONG));
                    tokens.add(Token.text("y"));
                }
                default -> throw new IllegalArgumentException(unit);
            }
        }
        return tokens;
    }

    private static long steps(List<Token> tokens) {
        List<Token> live = Spans.pair(tokens);
        Spans.dropEmpty(live);
        live.removeIf(t -> t.dropped || t.type == Token.TEXT && t.text.isEmpty());
        EmphasisPlan plan = new EmphasisPlan(live);
        plan.choose();
        return plan.steps;
    }

    @Test
    void tokensReadGrowLinearlyWithTheBlock() {
        for (String unit : new String[] {"alternating", "cjk edges", "inside link"}) {
            int n = 500;
            long small = steps(block(n, unit));
            long large = steps(block(8 * n, unit));
            int tokens = block(8 * n, unit).size();
            assertThat(large).as(unit).isLessThanOrEqualTo(64L * tokens);
            assertThat(large).as(unit).isLessThanOrEqualTo(10 * Math.max(small, 1));
        }
    }

    @Test
    void edgePunctuationStillMovesOutOfTheSpan() {
        assertThat(new InlineRenderer(null).render(block(2, "cjk edges"), InlineRenderer.Mode.PARAGRAPH))
                .isEqualTo("「**台灣**」主題「**台灣**」主題");
        assertThat(new InlineRenderer(null).render(block(1, "inside link"), InlineRenderer.Mode.PARAGRAPH))
                .isEqualTo("x[**a**](u)y");
    }

    @Test
    void aLongChainOfTouchingSpansStillRendersAsBefore() {
        // The bold of each "*" italic fits only against its closing "*", as "***": a replay
        // confirms each, until the block's replays are spent and the last ones go.
        String out = new InlineRenderer(null).render(block(40, "alternating"), InlineRenderer.Mode.PARAGRAPH);
        assertThat(out).isEqualTo("*a**b***_a**b**_".repeat(18) + "*ab*_a**b**_".repeat(2));
    }
}
