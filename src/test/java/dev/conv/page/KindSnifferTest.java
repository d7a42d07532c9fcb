package dev.conv.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a text without a telling extension is written in, judged from its start. */
class KindSnifferTest {
    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '# Title\\n\\nText'                                  | MARKDOWN | true
            '## Title ##'                                        | MARKDOWN | true
            '- a\\n- b'                                          | MARKDOWN | true
            '* a'                                                | MARKDOWN | true
            '1. one\\n2. two'                                    | MARKDOWN | true
            '> a quote'                                          | MARKDOWN | true
            '```js\\nlet a;\\n```'                               | MARKDOWN | true
            '~~~\\ncode\\n~~~'                                   | MARKDOWN | true
            'Title\\n=====\\n\\nText'                            | MARKDOWN | true
            'Title\\n-----'                                      | MARKDOWN | true
            '| a | b |\\n|---|---|'                              | MARKDOWN | true
            '[1]: https://example.com'                           | MARKDOWN | true
            'See [the docs](https://x.org) and <b>this</b>.'     | MARKDOWN | true
            'An ![image](a.png) first'                           | MARKDOWN | true
            'Some **strong** words, then <i>a tag</i>'           | MARKDOWN | true
            '---\\ntitle: t\\n---\\n\\n<p>x</p>'                 | MARKDOWN | true
            '\\n\\n   # Indented three'                          | MARKDOWN | true
            '<!DOCTYPE html>\\n<html><body># x'                  | HTML     | true
            '<p>x</p>\\n<p>y</p>'                                | HTML     | true
            '<!-- c -->\\n<div>x</div>'                          | HTML     | true
            '  <div>\\n    <p>indented</p>\\n  </div>'           | HTML     | true
            'Some <b>bold</b> text.'                             | HTML     | true
            'Intro\\n\\n<p>then a tag</p>\\n\\n- a list after it' | HTML     | true
            '#hashtag is no heading <b>x</b>'                    | HTML     | true
            '<p align=center><img src=x></p>\\n\\n# Readme'      | HTML     | false
            '<div>\\n\\n```\\ncode\\n```'                        | HTML     | false
            'Just some words.\\nMore words.'                     | MARKDOWN | false
            'a < b and c > d, <3'                                | MARKDOWN | false
            '    indented code or text'                          | MARKDOWN | false
            ''                                                   | HTML     | true
            ' \\n\\t\\n'                                         | HTML     | true
            """)
    void sniffs(String text, SourceKind kind, boolean sure) {
        KindSniffer.Guess guess = KindSniffer.guess(text.replace("\\n", "\n").replace("\\t", "\t"));
        assertThat(guess.kind()).isEqualTo(kind);
        assertThat(guess.sure()).isEqualTo(sure);
    }
}
