package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Converts as the CLI does, while parsing, and checks that the whole-DOM walk agrees. */
final class Streamed {
    private Streamed() {
    }

    static String convert(String html) {
        return convert(new Html2Md(), html);
    }

    static String convert(Html2Md html2md, String html) {
        StringBuilder out = new StringBuilder();
        try {
            html2md.convert(html, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(html2md.convert(html)).as("the DOM walk of %s", html).isEqualTo(out.toString());
        return out.toString();
    }
}
