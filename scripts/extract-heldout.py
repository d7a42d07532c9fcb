#!/usr/bin/env python3
"""Scores main-content extraction on a held-out set: pages with the expected article as HTML.

Usage: extract-heldout.py PAGES_DIR NAME=OUT_DIR...
  PAGES_DIR holds one folder per page with source.html and expected.html (the layout of
  Readability.js's test pages); each OUT_DIR holds PAGE.md or PAGE.txt per page, one extractor's
  output. Prints one table row per extractor.

Metric (the article-extraction-benchmark's): text to \\w+ tokens, shingles of 4 tokens counted
with multiplicity, per page tp/fp/fn from the shingle counts, precision/recall/F1 per page then
averaged over pages ("mean"); also summed over pages ("micro"). A missing or empty output
scores 0. Markdown link targets, images and tags are removed first, since the expected text has
none. Only pages whose source is over 5 KB are scored: the smaller ones are unit tests of
Readability's clean-up (a few lines each), not pages.
"""
import html
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

TOKEN = re.compile(r"\w+")


class _Text(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s):
    p = _Text()
    p.feed(s)
    p.close()
    return "".join(p.parts)


def markdown_text(md):
    md = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", md)                 # images
    md = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", md)               # [text](dest)
    md = re.sub(r"(?m)^\s*\[[^\]]+\]:\s*\S+.*$", " ", md)           # reference definitions
    md = re.sub(r"<(https?://[^>]*)>", " ", md)                     # autolinks
    md = re.sub(r"<[^>]+>", " ", md)                                # raw tags
    return html.unescape(md)


def shingles(text, n=4):
    t = TOKEN.findall(text)
    return Counter(" ".join(t[i:i + n]) for i in range(max(1, len(t) - n + 1)) if t)


def counts(true, pred):
    a, b = shingles(true), shingles(pred)
    tp = sum((a & b).values())
    return tp, sum(b.values()) - tp, sum(a.values()) - tp


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    pages = sorted(d for d in Path(argv[1]).iterdir()
                   if (d / "source.html").is_file() and (d / "source.html").stat().st_size > 5000)
    truth = {d.name: html_text((d / "expected.html").read_text(encoding="utf-8")) for d in pages}
    print(f"{len(pages)} pages; 4-token shingles; mean over pages (micro in brackets)\n")
    print("| extractor | precision | recall | F1 | empty |")
    print("|---|---|---|---|---|")
    for spec in argv[2:]:
        name, out = spec.split("=", 1)
        per, tot, empty = [], [0, 0, 0], 0
        for d in pages:
            pred = ""
            for ext, read in ((".md", markdown_text), (".txt", lambda s: s)):
                f = Path(out) / (d.name + ext)
                if f.is_file():
                    pred = read(f.read_text(encoding="utf-8", errors="replace"))
            if not pred.strip():
                empty += 1
            c = counts(truth[d.name], pred)
            per.append(prf(*c))
            tot = [x + y for x, y in zip(tot, c)]
        mean = [sum(x[i] for x in per) / len(per) for i in range(3)]
        micro = prf(*tot)
        cells = " | ".join(f"{m:.3f} ({u:.3f})" for m, u in zip(mean, micro))
        print(f"| {name} | {cells} | {empty} |")


if __name__ == "__main__":
    main(sys.argv)
