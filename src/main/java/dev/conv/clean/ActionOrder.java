package dev.conv.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The last step of {@link CleanRules#decide}: order the actions and drop what removals cover. */
final class ActionOrder {
    private ActionOrder() {
    }

    static List<CleanAction> finish(List<CleanAction> actions, Element root) {
        return dropCopiesInsideRemoved(inSourceOrder(actions), root);
    }

    /**
     * With source positions: sorted by start tag, and without actions whose tag lies in the
     * source of a removed element (the parser moves some tags out of tables: foster parenting).
     */
    static List<CleanAction> inSourceOrder(List<CleanAction> actions) {
        if (actions.isEmpty() || !actions.get(0).element().sourceRange().isTracked()) {
            return actions;
        }
        List<CleanAction> sorted = new ArrayList<>(actions);
        // not Comparator.comparing...: a lambda made in an interface is never archived, so each run made it again
        sorted.sort((a, b) -> Integer.compare(a.element().sourceRange().startPos(), b.element().sourceRange().startPos()));
        List<CleanAction> out = new ArrayList<>(sorted.size());
        int removedUntil = -1;
        for (CleanAction a : sorted) {
            int start = a.element().sourceRange().startPos();
            if (start < removedUntil) {
                continue;
            }
            out.add(a);
            if (a.type() == CleanAction.Type.REMOVE) {
                removedUntil = Math.max(removedUntil, CleanEdits.extentEnd(a.element()));
            }
        }
        return out;
    }

    /** Copies of an unwrapped tag whose end tags lie in a removed element are not the action's to edit. */
    static List<CleanAction> dropCopiesInsideRemoved(List<CleanAction> actions, Element root) {
        boolean any = false;
        for (CleanAction a : actions) {
            any |= !a.copies().isEmpty();
        }
        if (!any) {
            return Collections.unmodifiableList(actions);
        }
        Map<Element, Boolean> removed = new IdentityHashMap<>();
        for (CleanAction a : actions) {
            if (a.type() == CleanAction.Type.REMOVE) {
                removed.put(a.element(), true);
            }
        }
        List<CleanAction> out = new ArrayList<>(actions.size());
        for (CleanAction a : actions) {
            if (a.copies().isEmpty()) {
                out.add(a);
                continue;
            }
            List<Element> kept = new ArrayList<>();
            for (Element c : a.copies()) {
                if (!insideRemoved(c, removed, root)) {
                    kept.add(c);
                }
            }
            out.add(new CleanAction(a.element(), a.type(), a.kind(), a.detail(), a.reason(), a.replacement(),
                    a.newStartTag(), a.newTagName(), kept));
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean insideRemoved(Element el, Map<Element, Boolean> removed, Element root) {
        for (Element p = el; p != null && p != root; p = p.parent()) {
            if (removed.containsKey(p)) {
                return true;
            }
        }
        return false;
    }
}
