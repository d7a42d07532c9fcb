package dev.conv.extract;

import dev.conv.step.Change;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes metadata as YAML front matter, every value a double-quoted scalar (escaped, so no value
 * can end the block, start a new key or be read as a number, date or boolean). Merged into
 * existing front matter, the keys already there win and their lines stay byte for byte.
 */
final class YamlFrontMatter {
    private static final Pattern TOP_KEY = Pattern.compile("(?m)^([^\\s#:'\"][^:\\n]*?)\\s*:(?:\\s|$)");

    private YamlFrontMatter() {
    }

    /**
     * {@code existing} (a front matter block, or empty) with the keys of {@code meta} it lacks
     * added before its closing line.
     */
    static String merge(String existing, Metadata meta, List<Change> changes) {
        Set<String> have = new HashSet<>();
        String closing = "";
        String head = "";
        if (!existing.isEmpty()) {
            String fm = existing.replace("\r\n", "\n").replace('\r', '\n'); // a CR alone ends a line too
            int close = fm.stripTrailing().lastIndexOf('\n');
            head = fm.substring(0, close + 1);
            closing = fm.substring(close + 1);
            Matcher m = TOP_KEY.matcher(head.substring(head.indexOf('\n') + 1));
            while (m.find()) {
                have.add(m.group(1).strip());
            }
        }
        StringBuilder added = new StringBuilder();
        for (Map.Entry<String, String> e : meta.ordered().entrySet()) {
            if (!have.contains(e.getKey())) {
                added.append(e.getKey()).append(": ").append(quote(e.getValue())).append('\n');
                changes.add(new Change(Extract.NAME, ExtractKind.FRONT_MATTER, 0, "add", e.getKey(), "from the page"));
            }
        }
        if (added.isEmpty()) {
            return existing;
        }
        if (existing.isEmpty()) {
            return "---\n" + added + "---\n";
        }
        return head + added + (closing.endsWith("\n") ? closing : closing + "\n");
    }

    /** A YAML double-quoted scalar: backslash, quote and every control character escaped. */
    static String quote(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        s.append(String.format("\\u%04X", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
