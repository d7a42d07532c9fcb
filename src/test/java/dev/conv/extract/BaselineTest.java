package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * trafilatura's comparison with a baseline: a short result on a page that holds far more text
 * outside its boilerplate chose too narrow a block, and the body without its boilerplate wins.
 */
class BaselineTest {
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/recipes'>Recipes</a></li>"
            + "<li><a href='/shop'>Shop</a></li></ul></nav>";
    private static final String FOOTER = "<footer><p>All rights reserved, by the publisher of this small site, "
            + "since the year it was founded.</p></footer>";

    private static String step(String text) {
        return "<li><div class='step'><div class='step-text'>" + text + "</div></div></li>";
    }

    private static String recipe(String steps) {
        return NAV + "<div class='recipe'><div class='col-a'><h1>Plum cake from the tin</h1>"
                + "<div class='description'><p>A cake for late summer, when plums are cheap, ripe and sweet, "
                + "baked on a tray, cut in squares, and served warm, with cream, or cold, the next day, "
                + "with coffee.</p></div>"
                + "<div class='ingredients'><ul><li>500 g plums</li><li>250 g flour</li><li>125 g butter</li>"
                + "<li>100 g sugar</li><li>2 eggs</li><li>1 pinch salt</li></ul></div>"
                + "</div><div class='col-b'><div class='method'><ol>" + steps + "</ol></div></div></div>" + FOOTER;
    }

    @Test
    void keepsTheWholeRecipeWhenTheBestBlockIsAShortPartOfIt() {
        String steps = step("Heat the oven to 180 degrees and grease a deep baking tray with a little of the butter")
                + step("Rub the rest of the butter into the flour with the sugar and the salt until it looks like sand")
                + step("Beat in the eggs and knead the dough briefly until it holds together in one smooth ball")
                + step("Press the dough into the tray with floured hands and push it up the sides a little bit")
                + step("Halve the plums and take out the stones and then lay them close together on the dough")
                + step("Bake the cake for forty minutes until the edges are brown and the plums are soft")
                + step("Let the cake cool in the tray for ten minutes before cutting it into squares to serve");
        String md = main(recipe(steps));
        assertThat(md).contains("# Plum cake from the tin").contains("served warm")
                .contains("250 g flour").contains("grease a deep baking tray").contains("cutting it into squares")
                .doesNotContain("[Shop]").doesNotContain("All rights reserved");
    }
}
