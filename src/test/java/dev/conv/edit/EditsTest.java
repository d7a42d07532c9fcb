package dev.conv.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Applying edits: exact elsewhere, no blank line left where a tag's line was, no stray spaces. */
class EditsTest {
    private static String apply(String text, Edit... edits) {
        Edits set = new Edits();
        for (Edit e : edits) {
            set.add(e);
        }
        return set.applyTo(text);
    }

    private static Edit delete(String text, String what) {
        int at = text.indexOf(what);
        return Edit.delete(at, at + what.length(), null);
    }

    @Test
    void aDeletionThatEmptiesItsLineTakesTheLine() {
        String text = "<div>\n  <ok href=\"x\">\n  word\n  </ok>\n</div>\n";
        assertThat(apply(text, delete(text, "<ok href=\"x\">"), delete(text, "</ok>")))
                .isEqualTo("<div>\n  word\n</div>\n");
    }

    @Test
    void theLastLineWithoutNewlineTakesTheBreakBeforeIt() {
        String text = "text\n\n<img src='p' width='0px'/>";
        assertThat(apply(text, delete(text, "<img src='p' width='0px'/>"))).isEqualTo("text\n");
    }

    @Test
    void aDeletionAtALineEndTakesTheSpacesBeforeIt() {
        // "foo  " would become a Markdown hard break
        String text = "foo  <img src=p width=0>\nbar\n";
        assertThat(apply(text, delete(text, "<img src=p width=0>"))).isEqualTo("foo\nbar\n");
    }

    @Test
    void aDeletionInsideALineLeavesTheRestAsItIs() {
        String text = "a <b>x</b> c\n";
        assertThat(apply(text, delete(text, "<b>"), delete(text, "</b>"))).isEqualTo("a x c\n");
    }

    @Test
    void twoDeletionsThatTogetherEmptyALineTakeIt() {
        String text = "<p>\n  <span></span>\n</p>\n";
        assertThat(apply(text, delete(text, "<span>"), delete(text, "</span>"))).isEqualTo("<p>\n</p>\n");
    }

    @Test
    void twoDeletionsThatTogetherEmptyACrlfLineTakeIt() {
        String text = "<p>\r\n  <span></span>\r\n</p>\r\n";
        assertThat(apply(text, delete(text, "<span>"), delete(text, "</span>"))).isEqualTo("<p>\r\n</p>\r\n");
        String two = "a\r\n<s></s>  <s></s>\r\nb";
        int second = two.lastIndexOf("<s>");
        assertThat(apply(two, delete(two, "<s>"), delete(two, "</s>"), Edit.delete(second, second + 3, null),
                Edit.delete(second + 3, second + 7, null))).isEqualTo("a\r\nb");
    }

    @Test
    void aBlankLineNextToADeletedLineStays() {
        String text = "para\n\n<img width=0>\n\nnext\n";
        assertThat(apply(text, delete(text, "<img width=0>"))).isEqualTo("para\n\n\nnext\n");
    }

    @Test
    void crlfLineEndingsAreKept() {
        String text = "<div>\r\n  <ok>\r\n  word\r\n  </ok>\r\n</div>\r\n";
        assertThat(apply(text, delete(text, "<ok>"), delete(text, "</ok>"))).isEqualTo("<div>\r\n  word\r\n</div>\r\n");
    }

    @Test
    void anEditInsideADeletionIsDropped() {
        String text = "<img alt=\"&amp;#039;\" width=0>rest";
        int amp = text.indexOf("&amp;");
        Edits set = new Edits();
        set.add(new Edit(amp, amp + 5, "&", "repair"));
        set.add(delete(text, "<img alt=\"&amp;#039;\" width=0>"));
        assertThat(set.effective()).hasSize(1);
        assertThat(set.applyTo(text)).isEqualTo("rest");
    }

    @Test
    void replacementsKeepTheLine() {
        String text = "  <ok href=\"u\">t</ok>\n";
        int start = text.indexOf("<ok");
        int startEnd = text.indexOf('>') + 1;
        int end = text.indexOf("</ok>");
        assertThat(apply(text, new Edit(start, startEnd, "<a href=\"u\">", null), new Edit(end, end + 5, "</a>", null)))
                .isEqualTo("  <a href=\"u\">t</a>\n");
    }

    @Test
    void theMappedResultTracesEachCopiedCharacterBackToTheInput() {
        // the <span> pair empties its line together (the second round), the pixel takes the
        // spaces before it, <ok> becomes <a>
        String text = "<p>\n  <span></span>\n</p>\nfoo  <img width=0>\nbar <ok>x</ok> end\n";
        Edits set = new Edits();
        set.add(delete(text, "<span>"));
        set.add(delete(text, "</span>"));
        set.add(delete(text, "<img width=0>"));
        int ok = text.indexOf("<ok>");
        set.add(new Edit(ok, ok + 4, "<a>", null));
        set.add(delete(text, "</ok>"));
        EditedText result = set.applyMapped(text, text);
        assertThat(result.text()).isEqualTo(set.applyTo(text)).isEqualTo("<p>\n</p>\nfoo\nbar <a>x end\n");
        for (String copied : new String[] {"<p>\n", "</p>\nfoo", "\nbar ", "x", " end\n"}) {
            int at = result.text().indexOf(copied);
            int from = result.origin(at);
            assertThat(text.substring(from, from + copied.length())).as(copied).isEqualTo(copied);
            for (int i = 0; i < copied.length(); i++) {
                assertThat(result.origin(at + i)).as("%s at %d", copied, i).isEqualTo(from + i);
            }
        }
        assertThat(result.origin(result.text().indexOf("<a>") + 1)).as("inside a replacement: where it began").isEqualTo(ok);
    }
}
