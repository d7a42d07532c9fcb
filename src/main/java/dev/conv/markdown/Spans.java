package dev.conv.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The span structure of a block's tokens: opens paired with closes, empty spans dropped. */
final class Spans {
    private Spans() {
    }

    /** Matches OPEN and CLOSE; closes what is left open; drops links nested in links. */
    static List<Token> pair(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        Deque<Token> open = new ArrayDeque<>();
        int links = 0;
        for (Token t : tokens) {
            if (t.type == Token.OPEN) {
                if (t.span == Token.LINK) {
                    t.dropped = links > 0;
                    links++;
                }
                open.push(t);
                out.add(t);
            } else if (t.type == Token.CLOSE) {
                Token match = null;
                for (Token o : open) {
                    if (o.span == t.span) {
                        match = o;
                        break;
                    }
                }
                if (match == null) {
                    continue;
                }
                while (open.peek() != match) {
                    out.add(closeFor(open.pop()));
                }
                open.pop();
                if (match.span == Token.LINK) {
                    links--;
                }
                link(match, t);
                out.add(t);
            } else {
                out.add(t);
            }
        }
        while (!open.isEmpty()) {
            out.add(closeFor(open.pop()));
        }
        return out;
    }

    private static Token closeFor(Token open) {
        Token close = open.span == Token.KEPT_TAG ? Token.keptTag(open.text, false) : Token.close(open.span);
        link(open, close);
        return close;
    }

    private static void link(Token open, Token close) {
        open.partner = close;
        close.partner = open;
        close.dropped = open.dropped;
    }

    /**
     * Drops spans with nothing visible inside (a link with an empty text is kept unless it only
     * continues from an earlier block); they are marked dropped.
     */
    static void dropEmpty(List<Token> live) {
        Deque<boolean[]> content = new ArrayDeque<>();
        for (int i = 0; i < live.size(); i++) {
            Token t = live.get(i);
            if (t.dropped) {
                continue;
            }
            if (t.type == Token.OPEN) {
                content.push(new boolean[1]);
            } else if (t.type == Token.CLOSE) {
                boolean has = content.pop()[0];
                Token open = t.partner;
                if (!has && (t.span != Token.LINK || open.reopened)) {
                    open.dropped = true;
                    t.dropped = true;
                } else if (!content.isEmpty()) {
                    content.peek()[0] = true;
                }
            } else if (t.type != Token.BREAK && !content.isEmpty()) {
                content.peek()[0] = true;
            }
        }
    }

    /**
     * Moves the space that starts the text right after span opens to before them, where
     * {@link InlineBuffer} puts a space when no span stands between. An empty span, dropped only
     * now, could stand there and keep it inside: {@code a <a href><i></i>>} made {@code a[ >]()},
     * whose space a second run, which never sees that span, moves out. One pass.
     */
    static List<Token> moveSpacesOutOfOpens(List<Token> live) {
        List<Token> out = new ArrayList<>(live.size() + 4);
        int opens = -1; // where the run of opens just written starts in out
        for (Token t : live) {
            if (t.type == Token.OPEN) {
                opens = opens < 0 ? out.size() : opens;
                out.add(t);
                continue;
            }
            if (opens >= 0 && t.type == Token.TEXT && t.text.startsWith(" ")) {
                t.text = t.text.substring(1);
                Token before = opens > 0 ? out.get(opens - 1) : null;
                if (before != null && before.type == Token.TEXT) {
                    before.text = before.text.endsWith(" ") ? before.text : before.text + " ";
                } else if (before != null && before.type != Token.BREAK) {
                    out.add(opens, Token.text(" ")); // shifts only the run of opens
                } // at the block's start or after a break, a space means nothing
            }
            opens = -1;
            if (t.type != Token.TEXT || !t.text.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Moves hard breaks out of span edges, before the opens they follow and after the closes
     * they precede: spaces at a span's edge stand outside it, and a heading writes a break as a
     * space, which inside a link or a kept tag a second run would move out (and drop at the
     * heading's end). One pass: opens wait until something visible follows them.
     */
    static List<Token> moveBreaksOutOfEdges(List<Token> live) {
        List<Token> out = new ArrayList<>(live.size());
        List<Token> opens = new ArrayList<>();
        int breaks = 0;
        for (Token t : live) {
            if (t.type == Token.BREAK) {
                if (opens.isEmpty()) {
                    breaks++;
                } else {
                    out.add(t);
                }
            } else if (t.type == Token.CLOSE) {
                out.addAll(opens);
                opens.clear();
                out.add(t);
            } else {
                addBreaks(out, breaks);
                breaks = 0;
                if (t.type == Token.OPEN) {
                    opens.add(t);
                } else {
                    out.addAll(opens);
                    opens.clear();
                    out.add(t);
                }
            }
        }
        addBreaks(out, breaks);
        out.addAll(opens);
        return out;
    }

    private static void addBreaks(List<Token> out, int breaks) {
        for (int k = 0; k < breaks; k++) {
            out.add(Token.hardBreak());
        }
    }

    /** Hard breaks at the start or end of a block mean nothing in Markdown. */
    static void trimBreaks(List<Token> live) {
        while (!live.isEmpty() && live.get(0).type == Token.BREAK) {
            live.remove(0);
        }
        while (!live.isEmpty() && live.get(live.size() - 1).type == Token.BREAK) {
            live.remove(live.size() - 1);
        }
    }
}
