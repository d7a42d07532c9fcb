package dev.conv.markdown;

import dev.conv.html.SafeHtml;
import dev.conv.step.Change;
import dev.conv.step.Kind;
import dev.conv.url.DestinationEncoding;
import dev.conv.url.SchemePolicy;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Where every URL and every piece of raw HTML html2md writes is let through or refused, by the
 * one {@link SchemePolicy}; what it refuses is noted as a {@link Change}. A refused link keeps
 * its text, a refused image its alt text, a refused embed nothing.
 */
final class UrlGate {
    /** The kind of change a refused URL is. */
    enum RefusedKind implements Kind {
        UNSAFE_URL;

        @Override
        public String id() {
            return "unsafe-url";
        }

        @Override
        public String count(int n) {
            return n + (n == 1 ? " unsafe URL" : " unsafe URLs");
        }
    }

    private final SchemePolicy policy;
    private SafeHtml safeHtml;
    private final List<Change> refused = new ArrayList<>();

    UrlGate(SchemePolicy policy) {
        this.policy = policy;
    }

    /** May this link destination be written? */
    boolean link(String url) {
        return check(url, SchemePolicy.Use.LINK, "link");
    }

    /** May this image source be written? */
    boolean image(String url) {
        return check(url, SchemePolicy.Use.IMAGE, "image");
    }

    /** An embed as sanitised raw HTML. */
    String embed(Element el) {
        if (safeHtml == null) {
            safeHtml = new SafeHtml(policy);
        }
        return safeHtml.outerHtml(el);
    }

    /** What was refused, in document order. */
    List<Change> refused() {
        return refused;
    }

    private boolean check(String url, SchemePolicy.Use use, String what) {
        if (policy.allows(url, use)) {
            return true;
        }
        String shown = DestinationEncoding.encode(url.length() > 60 ? url.substring(0, 60) + "..." : url);
        refused.add(new Change(Html2Md.NAME, RefusedKind.UNSAFE_URL, 0, "unlink", shown,
                what + " with a " + SchemePolicy.scheme(url) + ": URL"));
        return false;
    }
}
