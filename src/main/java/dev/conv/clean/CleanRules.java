package dev.conv.clean;

import dev.conv.html.HtmlVocabulary;
import dev.conv.html.HtmlVocabulary.InlineStyle;
import dev.conv.html.TagPolicy;
import dev.conv.html.TrackingPixels;
import dev.conv.url.TrackerHosts;
import dev.conv.url.SchemePolicy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * The decisions of {@code conv clean} over one parsed HTML region. {@link #decide} is a pure
 * function of the DOM and the policy: it never changes the DOM, returns actions in document order
 * (source order when positions are tracked: the parser moves some tags, e.g. out of tables),
 * never returns an action inside a removed element, and returns nothing for a region it already
 * cleaned. {@link CleanEdits} turns the actions into source edits. Thread-safe; one instance
 * serves every file of a run.
 *
 * <p>Parse with {@code Parser.htmlParser().setTrackPosition(true)}: with source positions known,
 * elements the parser made up (an implied {@code <tbody>}, the empty {@code <p>} a stray
 * {@code </p>} produces, adoption-agency copies of a {@code <font>}) are recognized and never acted
 * on themselves, and an element still open at the end of the region (whose content may lie
 * outside it) is never judged empty. Without positions every element is taken as written.
 */
public final class CleanRules {
    private static final Set<String> INERT = Set.of("template");
    private static final Set<String> LAYOUT_PROPERTIES = Set.of(
            "height", "min-height", "clear", "border", "border-top", "border-bottom", "border-left", "border-right",
            "border-width", "background", "background-color", "background-image");

    private final CleanPolicy policy;
    private final TrackingPixels pixels;
    private final Trackers trackers;
    private final AdSlots adSlots;
    private final TagRules tags;

    public CleanRules(CleanPolicy policy) {
        this.policy = policy;
        this.pixels = new TrackingPixels(TrackerHosts.builtIn().with(policy.trackerHosts()))
                .forPage(policy.pagePath(), policy.pageUrl());
        this.trackers = new Trackers(pixels);
        this.adSlots = new AdSlots(pixels.hosts());
        this.tags = new TagRules(policy);
    }

    private CleanRules(CleanRules run, TrackingPixels pixels) {
        this.policy = run.policy;
        this.pixels = pixels;
        this.trackers = new Trackers(pixels);
        this.adSlots = run.adSlots;
        this.tags = run.tags;
    }

    public CleanRules() {
        this(CleanPolicy.defaults());
    }

    public CleanPolicy policy() {
        return policy;
    }

    /**
     * These rules for one page: an image pointing at its path or public URL is a counter. What
     * the policy gives wins; everything but the page's own facts is shared, so a run builds its
     * rules once and this per file.
     */
    public CleanRules forPage(String pagePath, String pageUrl) {
        String path = policy.pagePath() != null ? policy.pagePath() : pagePath;
        String url = policy.pageUrl() != null ? policy.pageUrl() : pageUrl;
        return new CleanRules(this, pixels.forPage(path, url));
    }

    /** The actions for every element under {@code root} (not {@code root} itself), in document order. */
    public List<CleanAction> decide(Element root) {
        return new Run(root).decide();
    }

    /** The state of one {@link #decide} call. */
    private final class Run {
        private final Element root;
        private final int regionEnd;
        private final Map<Element, Boolean> synthesized = new IdentityHashMap<>();
        private final Map<Element, List<Element>> copies = new IdentityHashMap<>();
        private final Map<Element, Hit> hits = new IdentityHashMap<>();
        private final Map<Element, Boolean> vanishes = new IdentityHashMap<>();
        private final Map<Element, Boolean> emptied = new IdentityHashMap<>();
        private final Map<Element, String> selected = new IdentityHashMap<>();
        private final Map<Element, Boolean> becomesLink = new IdentityHashMap<>();
        private final Flow flow = new Flow(vanishes::containsKey, synthesized::containsKey);
        /** Whether the region holds an ad click link; set once the region's elements are collected. */
        private boolean adClicks;

        Run(Element root) {
            this.root = root;
            this.regionEnd = regionEnd(root);
        }

        /** End of the parsed text: the document's end, else (a fragment) the furthest tracked position. */
        private static int regionEnd(Element root) {
            Document doc = root.ownerDocument();
            Range end = doc == null ? null : doc.endSourceRange();
            if (end != null && end.isTracked()) {
                return end.endPos();
            }
            int max = -1;
            for (Node n : root.nodeStream().toList()) {
                Range r = n.sourceRange();
                if (r.isTracked()) {
                    max = Math.max(max, r.endPos());
                }
                if (n instanceof Element e && e.endSourceRange().isTracked()) {
                    max = Math.max(max, e.endSourceRange().endPos());
                }
            }
            return max;
        }

        List<CleanAction> decide() {
            List<Element> all = new ArrayList<>();
            collect(all);
            adClicks = adSlots.anyAdClick(all, INERT) || adSlots.anyAdClick(List.of(root), Set.of());
            findParserMadeElements(all);
            for (String s : policy.removeSelectors()) {
                for (Element e : Selector.select(Selector.evaluatorOf(s), root)) {
                    selected.putIfAbsent(e, s);
                }
            }
            for (Element el : all) {
                Hit hit = removalRule(el);
                if (hit != null) {
                    hits.put(el, hit);
                }
            }
            for (int i = all.size() - 1; i >= 0; i--) {
                settleEmptiness(all.get(i));
            }
            return ActionOrder.finish(emit(), root);
        }

        /** Every element below root in document order, template content excluded (it is inert). */
        private void collect(List<Element> out) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element el)) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (el != root && !(el instanceof Document)) {
                        out.add(el);
                    }
                    return INERT.contains(el.normalName()) && el != root ? FilterResult.SKIP_CHILDREN
                            : FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, root);
        }

        /** Elements with no start tag of their own, and copies sharing one start tag. */
        private void findParserMadeElements(List<Element> all) {
            Map<Integer, Element> byStart = new java.util.HashMap<>();
            for (Element el : all) {
                Range r = el.sourceRange();
                if (!r.isTracked()) {
                    continue;
                }
                if (r.isImplicit()) {
                    synthesized.put(el, true);
                    continue;
                }
                Element first = byStart.putIfAbsent(r.startPos(), el);
                if (first != null) {
                    synthesized.put(el, true);
                    copies.computeIfAbsent(first, k -> new ArrayList<>()).add(el);
                }
            }
        }

        private boolean actionable(Element el) {
            return !synthesized.containsKey(el) && !INERT.contains(el.normalName());
        }

        /** The rule removing {@code el} with its content, if any (empty wrappers aside). */
        private Hit removalRule(Element el) {
            if (!actionable(el)) {
                return null;
            }
            if (Markup.isHtml(el)) {
                String name = el.normalName();
                String reason = switch (name) {
                    case "img", "iframe" -> trackers.pixel(el);
                    default -> null;
                };
                if (reason != null) {
                    return new Hit(CleanKind.TRACKING_PIXEL, srcOr(el, name), reason);
                }
                if (name.equals("link")) {
                    reason = trackers.hint(el);
                    if (reason != null) {
                        return new Hit(CleanKind.TRACKER_HINT, el.attr("href").trim(), reason);
                    }
                }
                if (name.equals("script")) {
                    reason = trackers.script(el);
                    if (reason != null) {
                        return new Hit(CleanKind.TRACKER_SCRIPT, srcOr(el, "inline script"), reason);
                    }
                }
                if (name.equals("noscript")) {
                    String src = trackers.noscriptBeacon(el);
                    if (src != null) {
                        return new Hit(CleanKind.NOSCRIPT_BEACON, src.isBlank() ? "noscript" : src,
                                "holds only tracker images");
                    }
                }
                AdSlots.Slot slot = adSlots.match(el, adClicks);
                if (slot != null) {
                    return new Hit(CleanKind.AD_SLOT, slot.detail(), slot.reason());
                }
            }
            String selector = selected.get(el);
            if (selector != null) {
                return new Hit(CleanKind.SELECTOR, selector, "matches --remove " + selector);
            }
            TagRules.Rule tag = tags.rule(el);
            if (tag != null && tag.policy() == TagPolicy.DROP) {
                return new Hit(tag.kind(), tag.detail(), "policy drop");
            }
            return null;
        }

        /** Bottom-up (children first): does {@code el} vanish, by a rule or by being an empty wrapper. */
        private void settleEmptiness(Element el) {
            if (hits.containsKey(el)) {
                vanishes.put(el, true);
                emptied.put(el, true);
                return;
            }
            boolean contentless = true;
            boolean lostChild = false;
            for (Node child : el.childNodes()) {
                if (child instanceof TextNode t) {
                    if (!Markup.isBlank(t.getWholeText())) {
                        contentless = false;
                        break;
                    }
                } else if (child instanceof Element c) {
                    if (!vanishes.containsKey(c)) {
                        contentless = false;
                        break;
                    }
                    lostChild |= emptied.containsKey(c);
                } else if (!(child instanceof Comment)) {
                    contentless = false; // data of a script or style
                    break;
                }
            }
            if (contentless) {
                for (Element copy : copies.getOrDefault(el, List.of())) {
                    if (!vanishes.containsKey(copy)) {
                        contentless = false;
                    }
                }
            }
            if (contentless && synthesized.containsKey(el)) {
                // No tag of its own: once its content goes, nothing of it is left in the source,
                // and a second parse does not make it up again (its parent may be empty then).
                vanishes.put(el, true);
                if (lostChild) {
                    emptied.put(el, true);
                }
            } else if (contentless && isEmptyWrapper(el, lostChild)) {
                vanishes.put(el, true);
                if (lostChild) {
                    emptied.put(el, true);
                }
            }
        }

        /** A wrapper that may go once contentless; {@code a} only when a rule emptied it. */
        private boolean isEmptyWrapper(Element el, boolean lostChild) {
            if (!Markup.isHtml(el) || INERT.contains(el.normalName())) {
                return false;
            }
            String name = el.normalName();
            boolean wrapper;
            if (name.equals("a")) {
                wrapper = lostChild;
            } else if (Markup.isCustom(el) || HtmlVocabulary.isPresentational(name)) {
                TagRules.Rule tag = tags.rule(el);
                wrapper = tag == null || tag.policy() != TagPolicy.KEEP;
            } else {
                wrapper = Markup.isPlainWrapper(name)
                        && !(name.equals("span") && el.hasAttr("href") && policy.policyFor("span") == TagPolicy.KEEP);
            }
            if (!wrapper || el.hasAttr("id") || el.hasAttr("name")) {
                return false;
            }
            if (openAtRegionEnd(el)) {
                return false;
            }
            return !hasLayoutStyle(el);
        }

        private boolean openAtRegionEnd(Element el) {
            Range end = el.endSourceRange();
            return regionEnd >= 0 && end.isTracked() && end.isImplicit() && end.endPos() >= regionEnd;
        }

        private boolean hasLayoutStyle(Element el) {
            String style = el.attr("style");
            if (style.isEmpty() || HtmlVocabulary.isHidden(el)) {
                return false;
            }
            for (String p : LAYOUT_PROPERTIES) {
                String v = InlineStyle.property(style, p);
                if (v != null && !v.isEmpty() && !v.equals("0") && !v.equals("0px") && !v.equals("none")
                        && !v.equals("auto") && !v.equals("transparent")) {
                    return true;
                }
            }
            return false;
        }

        /** Document order; a removed element's subtree is skipped. */
        private List<CleanAction> emit() {
            List<CleanAction> out = new ArrayList<>();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element el)) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (el == root || el instanceof Document) {
                        return FilterResult.CONTINUE;
                    }
                    if (INERT.contains(el.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!actionable(el)) {
                        return FilterResult.CONTINUE;
                    }
                    List<Element> sameTag = copies.getOrDefault(el, List.of());
                    Hit hit = hits.get(el);
                    if (hit != null) {
                        out.add(CleanAction.remove(el, hit.kind, hit.detail, hit.reason, flow.lineBreakKeeper(el), sameTag));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (vanishes.containsKey(el)) {
                        out.add(CleanAction.remove(el, CleanKind.EMPTY_WRAPPER, describe(el),
                                emptied.containsKey(el) ? "emptied by the other rules" : "no content", flow.lineBreakKeeper(el),
                                sameTag));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    CleanAction tag = tagAction(el, sameTag);
                    if (tag != null) {
                        out.add(tag);
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, root);
            return out;
        }

        /** UNWRAP or RETAG for a custom, disabled-link or presentational tag, or null. */
        private CleanAction tagAction(Element el, List<Element> sameTag) {
            TagRules.Rule rule = tags.rule(el);
            if (rule == null || rule.policy() == TagPolicy.KEEP || rule.policy() == TagPolicy.DROP) {
                return null;
            }
            if (rule.kind() == CleanKind.PRESENTATIONAL_TAG) {
                String why = flow.blockNeeded(el);
                if (why != null) {
                    return CleanAction.retag(el, rule.kind(), rule.detail(), "kept as div: " + why,
                            startTag("div", el), "div", sameTag);
                }
                return CleanAction.unwrap(el, rule.kind(), rule.detail(), "presentational", sameTag);
            }
            if (rule.policy() == TagPolicy.LINK) {
                String why = linkBlocker(el);
                if (why == null) {
                    becomesLink.put(el, true);
                    return CleanAction.retag(el, rule.kind(), rule.detail(), "link restored", startTag("a", el), "a",
                            sameTag);
                }
                return CleanAction.unwrap(el, rule.kind(), rule.detail(), "not linked: " + why, sameTag);
            }
            return CleanAction.unwrap(el, rule.kind(), rule.detail(),
                    rule.detail().equals("span[href]") ? "disabled link" : "not HTML5", sameTag);
        }

        /** Why a tag with href cannot become {@code <a>} here, or null if it can. */
        private String linkBlocker(Element el) {
            String href = el.attr("href").trim();
            if (href.isEmpty()) {
                return "no href";
            }
            if (!SchemePolicy.DEFAULT.allows(href, SchemePolicy.Use.LINK)) {
                return SchemePolicy.scheme(href) + ": href";
            }
            Range end = el.endSourceRange();
            if (end.isTracked() && end.isImplicit()) {
                return "no end tag";
            }
            for (Element p = el.parent(); p != null && p != root; p = p.parent()) {
                if (p.nameIs("a") || becomesLink.containsKey(p)) {
                    return "inside a link";
                }
            }
            if (el.selectFirst("a") != null) {
                return "holds a link";
            }
            return null;
        }
    }

    private static String srcOr(Element el, String fallback) {
        String src = el.attr("src").trim();
        return src.isEmpty() ? fallback : src;
    }

    private static String describe(Element el) {
        String cls = el.className().trim();
        return cls.isEmpty() ? el.normalName() : el.normalName() + "." + cls.split("\\s+")[0];
    }

    /** {@code <name attrs>}: the element's attributes as jsoup writes them (double quotes, {@code &amp;}). */
    static String startTag(String name, Element el) {
        return "<" + name + el.attributes().html() + ">";
    }

    private record Hit(CleanKind kind, String detail, String reason) {
    }
}
