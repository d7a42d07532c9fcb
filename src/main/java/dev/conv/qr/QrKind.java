package dev.conv.qr;

import dev.conv.step.Kind;

/** What qr does to a page's text: its share block. */
public enum QrKind implements Kind {
    SHARE_BLOCK("share-block", "share block", "share blocks");

    private final String id;
    private final String one;
    private final String many;

    QrKind(String id, String one, String many) {
        this.id = id;
        this.one = one;
        this.many = many;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String count(int n) {
        return n + " " + (n == 1 ? one : many);
    }
}
