package dev.conv.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** A unified diff of one file as git writes it, so that {@code git apply} and {@code patch -p1} take it. */
final class UnifiedDiff {
    private UnifiedDiff() {
    }

    /**
     * Unified diff of one file, a/ and b/ prefixes as git writes them, with git's
     * {@code \ No newline at end of file} marker so that {@code git apply} takes it.
     */
    static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, 3);
        StringBuilder sb = new StringBuilder();
        for (String line : out) {
            boolean header = line.startsWith("--- ") || line.startsWith("+++ ") || line.startsWith("@@");
            if (header || line.endsWith("\n")) {
                sb.append(line);
                if (header) {
                    sb.append('\n');
                }
            } else {
                sb.append(line).append("\n\\ No newline at end of file\n");
            }
        }
        return sb.toString();
    }

    /** Lines with their line breaks, so a missing final newline is a difference like any other. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl + 1));
            start = nl + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
