package dev.conv.links;

import dev.conv.page.SiteFiles;
import dev.conv.step.Change;
import dev.conv.url.PercentEncoding;
import dev.conv.url.UriReference;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code --check-local}: links to files inside the root that do not exist, links to headings
 * their page does not have ({@code --anchors}), and links with no text or no destination. Offline:
 * it asks the site's files, never the network. Thread-safe; anchors are read once per page.
 */
public final class LocalTargets {
    private final SiteFiles files;
    private final boolean anchors;
    private final ConcurrentHashMap<String, Set<String>> anchorsByPage = new ConcurrentHashMap<>();

    public LocalTargets(SiteFiles files, boolean anchors) {
        this.files = files;
        this.anchors = anchors;
    }

    void check(Spot s, String pagePath, String pageText, int line, List<Change> problems) {
        if (s.syntax() == Spot.Syntax.HTML_SRCSET) {
            return;
        }
        if (s.syntax() == Spot.Syntax.MARKDOWN_INLINE && !s.image() && s.keptText().isBlank()) {
            problems.add(problem(LinksKind.EMPTY_LINK, line, s.url(), "link with no text"));
        }
        if (s.url().isEmpty() && s.syntax() != Spot.Syntax.HTML_ATTRIBUTE) {
            problems.add(problem(LinksKind.EMPTY_LINK, line, s.title() == null ? "" : "\"" + s.title() + "\"",
                    "link with no destination"));
            return;
        }
        String url = s.url();
        if (url.length() > 2 && url.startsWith("\"") && url.endsWith("\"")) {
            url = url.substring(1, url.length() - 1); // ]( "URL"): a broken link the repair takes care of
        }
        UriReference ref = UriReference.parse(url);
        if (ref.isAbsolute() || ref.authority() != null) {
            return;
        }
        String target;
        if (ref.path().isEmpty()) {
            target = pagePath;
        } else {
            target = resolve(pagePath, PercentEncoding.decode(ref.path()));
            if (target == null) {
                return; // above the root: not the site's to judge
            }
            if (!files.exists(target)) {
                problems.add(problem(LinksKind.MISSING_TARGET, line, s.url(), "no such file: " + (target.isEmpty() ? "." : target)));
                return;
            }
        }
        String fragment = ref.fragment();
        if (anchors && fragment != null && !fragment.isEmpty() && isMarkdown(target)) {
            Set<String> known = target.equals(pagePath)
                    ? anchorsByPage.computeIfAbsent(target, k -> Anchors.of(pageText))
                    : anchorsByPage.computeIfAbsent(target, k -> {
                        String text = files.text(k);
                        return text == null ? Set.of() : Anchors.of(text);
                    });
            String anchor = PercentEncoding.decode(fragment);
            if (!known.contains(anchor) && !known.contains(anchor.toLowerCase(Locale.ROOT))) {
                problems.add(problem(LinksKind.MISSING_ANCHOR, line, s.url(), "no heading #" + anchor + " in "
                        + target));
            }
        }
    }

    /** Whether a relative URL, read from the page at {@code pagePath}, names a file of the site. */
    boolean names(String pagePath, String url) {
        UriReference ref = UriReference.parse(url);
        if (ref.isAbsolute() || ref.authority() != null || ref.path().isEmpty()) {
            return false;
        }
        String target = resolve(pagePath, PercentEncoding.decode(ref.path()));
        return target != null && !target.isEmpty() && files.exists(target);
    }

    private static boolean isMarkdown(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }

    /** A path read from the page's directory (or the root, for {@code /...}), or null above the root. */
    static String resolve(String pagePath, String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        if (!path.startsWith("/")) {
            String[] dirs = pagePath.split("/");
            for (int i = 0; i < dirs.length - 1; i++) {
                parts.addLast(dirs[i]);
            }
        }
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    private static Change problem(LinksKind kind, int line, String detail, String reason) {
        return new Change(Links.NAME, kind, line, "report", detail, reason);
    }
}
