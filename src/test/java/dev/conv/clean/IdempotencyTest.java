package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.TagPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every decision list must have, on tricky inputs and under every tag policy: the DOM
 * is not touched, actions come in source order and never inside a removed element, the edits do
 * not overlap, and deciding again after applying them (to the source, or to a copy of the DOM)
 * finds nothing.
 *
 * <p>The DOM-copy check is skipped for inputs the parser restructures (foster parenting out of
 * tables, a block closing an open paragraph): there the source, not the DOM, says what an edit
 * does, and the source check is the one that counts (it is what the editor does).
 */
class IdempotencyTest {
    private static final String RESTRUCTURED = "<!--restructured-->";
    private static final List<String> INPUTS = List.of(
            "<p>a <ok href='/x'>b</ok> c</p>",
            "<ok href='/1'>one <ok href='/2'>two <ok>three</ok></ok></ok>",
            "<div><center><div class='single_ad'></div></center></div><p>x</p>",
            "<p>\n<center>\n<table><tr><p><td><ok href='/a'>a</ok></td></p></tr></table>\n</center>\n</p>",
            "<p>a<p></p>b<p>\n</p>\n</p></p>",
            "<p><font color=red>a</p><p>b</font></p>",
            "<b><font>x</b></font><i><ok>y</i></ok>",
            RESTRUCTURED + "<table class='ad'><tr><ok href='/a'>moved out</ok><td>x</td></tr></table>",
            "<table><tr><div class='ad'>foster</div><td>x</td></tr></table>",
            "<p>text<div class='ad'>ad</div>more</p>",
            RESTRUCTURED + "<p>text<center><img src='/c.gif' width=0 height=0></center>more</p>",
            "<div><span href='/x'> </span></div><span href='/y'>y</span>",
            "<noscript><div><img src='https://www.facebook.com/tr?id=1'></div></noscript><noscript>x</noscript>",
            "<a href='/'><img src='/x.md'></a><a href='/'><img src='/x.md'>text</a>",
            "<ok href='/x'>",
            "<span href='/x'>open <b>bold",
            "<div class='ad'><p>unclosed",
            "<center>a<center>b</center>c</center>",
            "<font><font><font></font></font></font>",
            "<svg><ok/><font/></svg><math><mi>x</mi></math>",
            "<ok href='javascript:void(0)'>x</ok><ok href='data:text/html,x'>y</ok>",
            "<span href='/a'><a href='/b'>b</a></span><a href='/c'><span href='/d'>d</span></a>",
            "<p>x<script src='https://www.google-analytics.com/ga.js'></script>y</p>",
            "<div><script>gtag('config','x')</script></div><div><!-- c --></div>",
            "<template><ok>x</ok></template><ok>y</ok>",
            "<html><head><noscript><img src='https://mc.yandex.ru/watch/1'></noscript></head><body><ok>x</ok></body></html>",
            "<ul><li><ok>a</ok><li><div></div></ul>",
            "<p>a<big>b</big><blink>c</blink><marquee>d</marquee><nobr>e</nobr></p>");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (TagPolicy p : List.of(TagPolicy.UNWRAP, TagPolicy.LINK, TagPolicy.DROP)) {
            for (String in : INPUTS) {
                out.add(Arguments.of(p, in));
            }
        }
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    void oneRulesInstanceServesManyThreads() {
        CleanRules rules = new CleanRules(CleanPolicy.builder().customTags(TagPolicy.LINK)
                .removeSelector("div:has(> span.x), p:contains(drop me)").trackerHost("counter.example.org").build());
        List<String> inputs = new ArrayList<>(INPUTS);
        inputs.add("<div><span class=x>a</span></div><p>drop me</p><img src='https://counter.example.org/c'>");
        List<List<String>> expected = inputs.stream().map(h -> Cleaning.summary(rules.decide(Cleaning.parse(h)))).toList();
        List<List<String>> parallel = java.util.stream.IntStream.range(0, 40 * inputs.size()).parallel()
                .mapToObj(i -> inputs.get(i % inputs.size()))
                .map(h -> Cleaning.summary(rules.decide(Cleaning.parse(h))))
                .toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(expected.get(i % inputs.size()));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void properties(TagPolicy tags, String html) {
        CleanRules rules = new CleanRules(CleanPolicy.builder().customTags(tags).build());
        Document doc = Cleaning.parse(html);
        String before = doc.outerHtml();
        List<CleanAction> actions = rules.decide(doc);
        assertThat(doc.outerHtml()).as("decide must not change the DOM").isEqualTo(before);
        assertThat(rules.decide(doc)).as("deterministic").isEqualTo(actions);

        int last = -1;
        int removedUntil = -1;
        for (CleanAction a : actions) {
            int start = a.element().sourceRange().startPos();
            assertThat(start).as("source order").isGreaterThan(last);
            assertThat(start).as("inside a removed element: %s", a).isGreaterThanOrEqualTo(removedUntil);
            last = start;
            if (a.type() == CleanAction.Type.REMOVE) {
                removedUntil = CleanEdits.extentEnd(a.element());
            }
        }

        String once = Cleaning.applyToSource(html, actions);
        assertThat(rules.decide(Cleaning.parse(once))).as("second pass on %s", once).isEmpty();
        if (!html.startsWith(RESTRUCTURED)) {
            assertThat(rules.decide(Cleaning.applyToCopy(doc, actions))).as("second pass on the DOM").isEmpty();
        }
        assertThat(doc.outerHtml()).isEqualTo(before);

        // without position tracking the rules still run (every element taken as written)
        assertThat(rules.decide(Jsoup.parse(html))).isNotNull();
    }
}
