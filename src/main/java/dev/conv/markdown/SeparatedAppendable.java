package dev.conv.markdown;

import java.io.IOException;

/** Writes a separator before the first non-empty text, and nothing if no text comes. */
final class SeparatedAppendable implements Appendable {
    private final Appendable out;
    private String separator;

    SeparatedAppendable(Appendable out, String separator) {
        this.out = out;
        this.separator = separator;
    }

    @Override
    public Appendable append(CharSequence csq) throws IOException {
        return append(csq, 0, csq.length());
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) throws IOException {
        if (start < end) {
            separate();
            out.append(csq, start, end);
        }
        return this;
    }

    @Override
    public Appendable append(char c) throws IOException {
        separate();
        out.append(c);
        return this;
    }

    private void separate() throws IOException {
        if (separator != null) {
            out.append(separator);
            separator = null;
        }
    }
}
