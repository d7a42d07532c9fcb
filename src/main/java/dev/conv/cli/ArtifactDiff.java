package dev.conv.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file beside a page (html2md's {@code page.md}) in a {@code --diff}: the file as it is against
 * what would be written, a new file from {@code /dev/null} as git writes one, so that {@code git
 * apply} creates it. Only text: an image is not shown.
 */
final class ArtifactDiff {
    private ArtifactDiff() {
    }

    /** Prints the entry's diff; false when either side is not text (or cannot be read), printing nothing. */
    static boolean print(Console console, ArtifactTally.Entry e) {
        String after = text(e.artifact().bytes());
        String before;
        try {
            before = Files.exists(e.target()) ? text(Files.readAllBytes(e.target())) : "";
        } catch (IOException ex) {
            return false;
        }
        if (after == null || before == null) {
            return false;
        }
        String name = DiffPath.of(e.target(), console.workDir());
        String diff = UnifiedDiff.of(name, before, after);
        if (!Files.exists(e.target())) {
            diff = diff.replaceFirst("\\A--- a/[^\\n]*\\n", "--- /dev/null\n").replaceFirst("\n@@ -1,0 ", "\n@@ -0,0 ");
        }
        console.out().print(diff);
        return true;
    }

    /** The bytes as UTF-8 text, or null when they are not (an image). */
    private static String text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            return null;
        }
    }
}
