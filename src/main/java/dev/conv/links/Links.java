package dev.conv.links;

import dev.conv.edit.Edit;
import dev.conv.edit.Edits;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.edit.LineIndex;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Change;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import dev.conv.url.LinkRepair;
import dev.conv.url.MarkdownDestinations;
import dev.conv.url.ReferenceResolution;
import dev.conv.url.SchemePolicy;
import dev.conv.url.UriReference;
import dev.conv.url.UrlOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code links} step: finds every URL of a page (HTML attributes, Markdown links, images,
 * autolinks, reference definitions, and the HTML inside Markdown), applies the run's URL rules,
 * repairs links an earlier converter broke and removes links that could run script, keeping their
 * text. Only the spans of changed links are rewritten: every other byte stays, and a second run
 * changes nothing. A URL that cannot be read is left as it is and reported. Pure and thread-safe;
 * the rules are built once, when the step is made.
 */
public final class Links implements Step {
    public static final String NAME = "links";
    /** Passes at most: each one after the first only finishes what an edit of the one before exposed. */
    private static final int MAX_ROUNDS = 4;

    private final LinksPolicy policy;
    private final UrlChain chain;
    private final LocalTargets targets;
    private final SchemePolicy schemes;

    public Links(LinksPolicy policy) {
        this(policy, null);
    }

    /** @param targets the site's files, for {@code --check-local}; null not to check */
    public Links(LinksPolicy policy, LocalTargets targets) {
        this.policy = policy;
        this.chain = new UrlChain(policy);
        this.schemes = SchemePolicy.of(policy.allowDataImages());
        this.targets = targets;
    }

    public Links() {
        this(LinksPolicy.defaults());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StepResult apply(Page page) {
        StepResult result = once(page, true);
        // An edit can change how the text around it reads (a removed unsafe href makes a broken
        // tag before it whole, and the tag after it a link): go again until nothing changes, so
        // that a second run has nothing to do. Local targets were checked in the first round.
        for (int round = 1; round < MAX_ROUNDS && result.changed(); round++) {
            StepResult again = once(result.page(), false);
            if (!again.changed()) {
                break;
            }
            List<Change> changes = new ArrayList<>(result.changes());
            changes.addAll(again.changes());
            result = new StepResult(again.page(), changes, result.artifacts(), true);
        }
        return result;
    }

    /** One pass over the page's links; {@code checkTargets}: also check local links' files. */
    private StepResult once(Page page, boolean checkTargets) {
        String text = page.text();
        // stdin without a name, or a page made in memory, is read as if at the root; a file outside
        // the root has no URL to resolve against
        String pageUrl = page.location() != null ? page.location().publicUrl()
                : page.path() == null ? policy.baseUrl() : null;
        List<Spot> spots = new ArrayList<>();
        String baseHref = find(page, spots);
        String base = baseHref == null ? pageUrl : baseOf(baseHref, pageUrl);
        if (spots.isEmpty()) {
            return StepResult.unchanged(page);
        }
        // not Comparator.comparing...: a lambda made in an interface is never archived, so each run made it again
        spots.sort((a, b) -> Integer.compare(a.start(), b.start()));
        PageEdits out = new PageEdits(new LineIndex(text));
        for (Spot spot : spots) {
            if (spot.syntax() == Spot.Syntax.HTML_BASE) {
                if (!schemes.allows(spot.url(), SchemePolicy.Use.LINK)) {
                    link(spot, base, text, out); // removed, as any unsafe URL is
                }
            } else if (spot.syntax() == Spot.Syntax.HTML_OPEN_VALUE) {
                out.edit(spot.wholeStart(), spot.wholeEnd(), "", List.of(change(LinksKind.UNSAFE_LINK,
                        out.lines.lineOf(spot.start()), "remove", shorten(spot.url()),
                        "a value left open at the end of an HTML block: the next quote the page renders would end it")));
                continue;
            } else if (spot.syntax() == Spot.Syntax.MARKDOWN_UNPARSED) {
                if (!unparsed(spot, base, page.location() == null ? null : page.location().pathFromRoot(), out)) {
                    continue; // text it stays: no link to check
                }
            } else if (spot.syntax() == Spot.Syntax.HTML_SRCSET) {
                srcset(spot, base, out);
            } else if (spot.syntax() == Spot.Syntax.MARKDOWN_UNPLACED) {
                if (!schemes.allows(spot.url(), spot.image() ? SchemePolicy.Use.IMAGE : SchemePolicy.Use.LINK)) {
                    link(spot, base, text, out); // removed, as any unsafe URL is
                }
                continue;
            } else if (spot.syntax() == Spot.Syntax.MARKDOWN_SPLIT) {
                split(spot, base, out);
            } else {
                link(spot, base, text, out);
            }
            if (checkTargets && targets != null && page.location() != null) {
                targets.check(spot, page.location().pathFromRoot(), text, out.lines.lineOf(spot.start()), out.problems);
            }
        }
        return out.result(page);
    }

    /** Every URL the page holds, as written (decoded), in page order: what the step looks at. */
    public List<String> urls(Page page) {
        List<Spot> spots = new ArrayList<>();
        find(page, spots);
        spots.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spots.stream()
                .filter(s -> s.syntax() != Spot.Syntax.HTML_OPEN_VALUE && s.syntax() != Spot.Syntax.MARKDOWN_UNPARSED
                        && s.syntax() != Spot.Syntax.MARKDOWN_UNPLACED)
                .map(Spot::url).toList();
    }

    /** Gathers the page's spots; returns its {@code <base href>}, or null. */
    private String find(Page page, List<Spot> spots) {
        boolean table = false;
        if (page.kind() == SourceKind.MARKDOWN) {
            MarkdownLinks.Found found = MarkdownLinks.find(page.text());
            spots.addAll(found.spots());
            table = found.table();
        }
        String baseHref = html(HtmlRegions.of(page), spots);
        if (table) {
            // A plain CommonMark renderer reads the table as a paragraph: HTML only it sees is
            // not rewritten (GitHub shows it as text), but what could run script is removed.
            List<Spot> plain = new ArrayList<>();
            html(HtmlRegions.ofMarkdownWithoutTables(page.text()), plain);
            Set<Integer> seen = new HashSet<>();
            for (Spot s : spots) {
                seen.add(s.start());
            }
            for (Spot s : plain) {
                if (!seen.contains(s.start()) && (s.syntax() == Spot.Syntax.HTML_OPEN_VALUE
                        || s.syntax() != Spot.Syntax.HTML_SRCSET
                                && !schemes.allows(s.url(), s.image() ? SchemePolicy.Use.IMAGE : SchemePolicy.Use.LINK))) {
                    spots.add(s);
                }
            }
        }
        return baseHref;
    }

    /** The spots of these HTML regions, read in page order; returns the page's {@code <base href>}, or null. */
    private static String html(List<HtmlRegion> regions, List<Spot> spots) {
        String baseHref = null;
        java.util.regex.Pattern leak = null; // what the page's raw HTML so far left open
        for (HtmlRegion region : regions) {
            HtmlLinks.Found found = HtmlLinks.find(region, spots, leak);
            leak = found.leak();
            if (region.kind() == HtmlRegion.Kind.DOCUMENT && found.baseHref() != null) {
                baseHref = found.baseHref();
            }
        }
        return baseHref;
    }

    /** A page's {@code <base href>} against its own URL; a relative one without a page URL is no base. */
    private static String baseOf(String href, String pageUrl) {
        String h = href.strip();
        UriReference ref = UriReference.parse(h);
        if (ref.isAbsolute()) {
            // only a web base: resolving against javascript: or data: would write such links
            String scheme = ref.schemeLowerCase();
            return scheme.equals("http") || scheme.equals("https") ? h : pageUrl;
        }
        if (pageUrl == null) {
            return null;
        }
        UrlOutcome out = ReferenceResolution.resolve(pageUrl, h);
        return out.leftAsIs() ? pageUrl : out.url();
    }

    /** The edits of one page and the changes they carry, gathered in page order. */
    static final class PageEdits {
        final LineIndex lines;
        final Edits edits = new Edits();
        /** Changes that edit nothing: problems found. */
        final List<Change> problems = new ArrayList<>();

        PageEdits(LineIndex lines) {
            this.lines = lines;
        }

        void edit(int start, int end, String replacement, List<Change> changes) {
            edits.add(new Edit(start, end, replacement, List.copyOf(changes)));
        }

        StepResult result(Page page) {
            List<Edit> effective = edits.effective();
            List<Change> changes = new ArrayList<>(problems);
            for (Edit e : effective) {
                @SuppressWarnings("unchecked")
                List<Change> notes = (List<Change>) e.note();
                changes.addAll(notes);
            }
            changes.sort((a, b) -> Integer.compare(a.line(), b.line()));
            if (effective.isEmpty()) {
                return new StepResult(page, changes, List.of(), false);
            }
            String rewritten = edits.applyTo(page.text());
            return new StepResult(page.withText(rewritten), changes, List.of(), !rewritten.equals(page.text()));
        }
    }

    private Change change(LinksKind kind, int line, String action, String detail, String reason) {
        return new Change(NAME, kind, line, action, detail, reason);
    }

    private void link(Spot s, String base, String page, PageEdits out) {
        int line = out.lines.lineOf(s.start());
        List<Change> changes = new ArrayList<>();
        if (!s.url().isEmpty() && !schemes.allows(s.url(), s.image() ? SchemePolicy.Use.IMAGE : SchemePolicy.Use.LINK)) {
            String scheme = SchemePolicy.scheme(s.url());
            changes.add(change(LinksKind.UNSAFE_LINK, line, "remove", shorten(s.url()),
                    scheme + ": " + (s.syntax() == Spot.Syntax.HTML_ATTRIBUTE ? "attribute removed" : "link removed, its text kept")));
            out.edit(s.wholeStart(), s.wholeEnd(), s.keptText(), changes);
            return;
        }
        String url = s.url();
        int destEnd = s.end();
        boolean titleGone = false;
        int destStart = s.start();
        if (policy.repair() && s.syntax() == Spot.Syntax.MARKDOWN_INLINE) {
            // [text]( "URL"): an earlier converter left the destination empty and put the URL in
            // quotes, which CommonMark reads as a title or, as here, as a destination in quotes
            String quoted = url.length() > 2 && url.startsWith("\"") && url.endsWith("\"") && s.title() == null
                    ? url.substring(1, url.length() - 1) : url.isEmpty() ? s.title() : null;
            LinkRepair.Target target = quoted == null ? null : LinkRepair.urlFromTitle("", quoted).orElse(null);
            if (target != null) {
                changes.add(change(LinksKind.BROKEN_LINK, line, "repair", "( \"" + quoted + "\") -> " + target.destination(),
                        "empty destination, the URL was in quotes after it"));
                url = target.destination();
                destEnd = s.titleEnd();
                titleGone = true;
                while (destStart > 0 && Character.isWhitespace(page.charAt(destStart - 1))) {
                    destStart--;
                }
            }
        }
        UrlChain.Result r = rewrite(url, base, s.image());
        if (r.problem() != null) {
            out.problems.add(change(LinksKind.MALFORMED_URL, line, "leave", s.url(), r.problem()));
            return;
        }
        for (UrlChain.Applied a : r.applied()) {
            changes.add(change(a.kind(), line, action(a.kind()), a.outcome().original() + " -> " + a.outcome().url(),
                    a.outcome().reason()));
        }
        String newText = null;
        if (policy.repair() && s.hasPlainText()) {
            newText = chain.cleanText(s.plainText());
            if (newText != null) {
                changes.add(change(LinksKind.BROKEN_LINK, line, "repair", s.plainText() + " -> " + newText,
                        (s.image() ? "the alt text" : "the link text") + " is the URL: cleaned as the link is"));
            }
        }
        String finalUrl = r.url();
        String shownText = newText != null ? newText : s.plainText();
        if (policy.autolink() && s.syntax() == Spot.Syntax.MARKDOWN_INLINE && !s.image() && shownText != null
                && (s.title() == null || titleGone) && shownText.equals(finalUrl) && autolinkable(finalUrl, s.inCell())) {
            changes.add(change(LinksKind.AUTOLINK, line, "autolink", "[" + shownText + "](...) -> <" + finalUrl + ">",
                    "the link text is its URL"));
            out.edit(s.wholeStart(), s.wholeEnd(), "<" + finalUrl + ">", changes);
            return;
        }
        if (changes.isEmpty()) {
            return;
        }
        if (s.syntax() == Spot.Syntax.MARKDOWN_AUTOLINK) {
            if (autolinkable(finalUrl, s.inCell())) {
                out.edit(s.start(), s.end(), finalUrl, changes);
            } else {
                out.edit(s.wholeStart(), s.wholeEnd(), "[" + markdownText(s.url()) + "](" + write(s, finalUrl) + ")", changes);
            }
            return;
        }
        if (newText != null) {
            // the text comes before the destination: two edits, one report
            out.edit(s.textStart(), s.textEnd(), markdownText(newText), changes);
            if (!r.changed() && !titleGone) {
                return;
            }
            changes = List.of();
        }
        if (r.changed() || titleGone) {
            out.edit(destStart, destEnd, write(s, finalUrl), changes);
        }
    }

    /**
     * A link split around a block cannot be made whole (Markdown has no link around a quote): its
     * lone {@code [} goes and its {@code ](URL)} becomes the URL as an autolink, so the target is
     * still reachable and no stray brackets are left.
     */
    private void split(Spot s, String base, PageEdits out) {
        if (!policy.repair() || !schemes.allows(s.url(), SchemePolicy.Use.LINK)) {
            return;
        }
        int line = out.lines.lineOf(s.start());
        UrlChain.Result r = rewrite(s.url(), base, false);
        if (r.problem() != null) {
            out.problems.add(change(LinksKind.MALFORMED_URL, line, "leave", s.url(), r.problem()));
            return;
        }
        String finalUrl = r.url();
        String link = autolinkable(finalUrl) ? "<" + finalUrl + ">"
                : "[" + markdownText(finalUrl) + "](" + MarkdownDestinations.write(finalUrl) + ")";
        List<Change> changes = new ArrayList<>();
        changes.add(change(LinksKind.BROKEN_LINK, out.lines.lineOf(s.textStart()), "repair",
                "[ ... ](" + s.url() + ") -> " + link, "a link split around a block: its lone [ removed, its URL kept"));
        for (UrlChain.Applied a : r.applied()) {
            changes.add(change(a.kind(), line, action(a.kind()), a.outcome().original() + " -> " + a.outcome().url(),
                    a.outcome().reason()));
        }
        out.edit(s.textStart(), s.textEnd(), "", changes);
        out.edit(s.wholeStart(), s.wholeEnd(), link, List.of());
    }

    /**
     * {@code [x](a b.md)}, which CommonMark reads as text, becomes the link its author meant when
     * its destination plainly is one ({@link LinkRepair#looksLikeLink}, or a file of the site under
     * {@code --check-local}): the destination is written percent-encoded ({@code a%20b.md}), with
     * unbalanced parentheses escaped, and nothing else changes. Percent-encoding and not
     * {@code <a b.md>}: it is the href that CommonMark and GFM renderers make of either, and a
     * reader that predates the {@code <...>} form (or refuses a space in it) reads it too.
     * A destination with a scheme the policy refuses stays text. Returns whether it was repaired.
     */
    private boolean unparsed(Spot s, String base, String pagePath, PageEdits out) {
        String url = s.url();
        boolean named = targets != null && pagePath != null && targets.names(pagePath, url);
        if (!policy.repair() || !named && !LinkRepair.looksLikeLink(url)
                || !schemes.allows(url, s.image() ? SchemePolicy.Use.IMAGE : SchemePolicy.Use.LINK)) {
            return false;
        }
        int line = out.lines.lineOf(s.start());
        UrlChain.Result r = rewrite(url, base, s.image());
        if (r.problem() != null) {
            out.problems.add(change(LinksKind.MALFORMED_URL, line, "leave", url, r.problem()));
            return false;
        }
        String written = write(s, r.url());
        List<Change> changes = new ArrayList<>();
        changes.add(change(LinksKind.BROKEN_LINK, line, "repair", "(" + url + ") -> " + written,
                url.chars().anyMatch(c -> c == ' ' || c == '\t')
                        ? "CommonMark read it as text: a space in its destination; written percent-encoded so it parses"
                        : "CommonMark read it as text: an unbalanced parenthesis in its destination; written escaped"));
        for (UrlChain.Applied a : r.applied()) {
            changes.add(change(a.kind(), line, action(a.kind()), a.outcome().original() + " -> " + a.outcome().url(),
                    a.outcome().reason()));
        }
        out.edit(s.start(), s.end(), written, changes);
        return true;
    }

    /** The rules' result, refused when it is a URL the scheme policy would not write (a user's --via to one). */
    private UrlChain.Result rewrite(String url, String base, boolean image) {
        UrlChain.Result r = chain.rewrite(url, base);
        if (r.changed() && !schemes.allows(r.url(), image ? SchemePolicy.Use.IMAGE : SchemePolicy.Use.LINK)) {
            return new UrlChain.Result(url, List.of(), "the rules would make it " + shorten(r.url())
                    + ", a scheme conv never writes");
        }
        return r;
    }

    private static String action(LinksKind kind) {
        return switch (kind) {
            case RELATIVE_LINK -> "resolve";
            case SITE_LINK -> "relativize";
            case PROXIED_LINK -> "unwrap";
            case TRACKING_PARAMS -> "drop";
            case VIA_LINK -> "route";
            default -> "rewrite";
        };
    }

    private void srcset(Spot s, String base, PageEdits out) {
        int line = out.lines.lineOf(s.start());
        String value = s.url();
        List<Change> changes = new ArrayList<>();
        StringBuilder rebuilt = new StringBuilder(value.length());
        int i = 0;
        int n = value.length();
        boolean first = true;
        while (i < n) {
            int candStart = i;
            while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            String sep = value.substring(candStart, i);
            int urlStart = i;
            while (i < n && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            int urlEnd = i;
            while (urlEnd > urlStart && value.charAt(urlEnd - 1) == ',') {
                urlEnd--;
            }
            int descEnd = urlEnd < i ? urlEnd : value.indexOf(',', i) < 0 ? n : value.indexOf(',', i);
            i = Math.max(i, descEnd);
            if (urlStart == urlEnd) {
                rebuilt.append(value, candStart, i);
                continue;
            }
            String url = value.substring(urlStart, urlEnd);
            String descriptor = value.substring(urlEnd, i);
            if (!schemes.allows(url, SchemePolicy.Use.IMAGE)) {
                changes.add(change(LinksKind.UNSAFE_LINK, line, "remove", shorten(url), SchemePolicy.scheme(url)
                        + ": srcset candidate removed"));
                continue;
            }
            UrlChain.Result r = rewrite(url, base, true);
            if (r.problem() != null) {
                out.problems.add(change(LinksKind.MALFORMED_URL, line, "leave", url, r.problem()));
            }
            for (UrlChain.Applied a : r.applied()) {
                changes.add(change(a.kind(), line, action(a.kind()), a.outcome().original() + " -> " + a.outcome().url(),
                        a.outcome().reason()));
            }
            rebuilt.append(first ? sep : sep.isEmpty() ? ", " : sep).append(r.url()).append(descriptor);
            first = false;
        }
        if (!changes.isEmpty()) {
            out.edit(s.start(), s.end(), htmlValue(rebuilt.toString().strip(), s.quote()), changes);
        }
    }

    private static String write(Spot s, String url) {
        return switch (s.syntax()) {
            case HTML_ATTRIBUTE, HTML_SRCSET -> htmlValue(url, s.quote());
            default -> s.inCell() ? MarkdownDestinations.write(url).replace("|", "\\|") : MarkdownDestinations.write(url);
        };
    }

    /** An attribute value: {@code &} and the quote as references; quoted when it was not and must be. */
    static String htmlValue(String url, char quote) {
        StringBuilder b = new StringBuilder(url.length() + 8);
        boolean needsQuotes = quote == 0 && (url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || "\"'=<>`".indexOf(c) >= 0));
        char q = needsQuotes ? '"' : quote;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '&') {
                b.append("&amp;");
            } else if (c == q && q == '"') {
                b.append("&quot;");
            } else if (c == q && q == '\'') {
                b.append("&#39;");
            } else {
                b.append(c);
            }
        }
        return needsQuotes ? '"' + b.toString() + '"' : b.toString();
    }

    /** Text written into Markdown that reads back as itself. */
    static String markdownText(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>&~|!".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * An absolute URL that {@code <...>} holds as it is. Not one with a {@code |} in a table cell:
     * the cell would end there, and an autolink cannot escape it.
     */
    private static boolean autolinkable(String url, boolean inCell) {
        if (inCell && url.indexOf('|') >= 0) {
            return false;
        }
        return autolinkable(url);
    }

    /** An absolute URL that {@code <...>} holds as it is. */
    private static boolean autolinkable(String url) {
        String scheme = UriReference.parse(url).schemeLowerCase();
        if (scheme.length() < 2 || !SchemePolicy.DEFAULT.allows(url, SchemePolicy.Use.LINK)) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String url) {
        String u = url.length() > 80 ? url.substring(0, 77) + "..." : url;
        StringBuilder b = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            b.append(c < ' ' || c == 0x7F ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
