package dev.conv.run;

/**
 * Reads one value from git config text, enough for {@code core.excludesFile}: sections, comments,
 * quoted values with escapes, last assignment wins. Includes ({@code [include]}) and conditional
 * includes are not followed; a dependency on JGit for that alone would cost far more than it gives.
 */
final class GitConfig {
    private GitConfig() {
    }

    /**
     * @return the last value of {@code section.key} (both case-insensitive, no subsection), or
     *         null if not set
     */
    static String value(String text, String section, String key) {
        String current = null;
        String found = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ';') {
                continue;
            }
            if (line.charAt(0) == '[') {
                int close = line.indexOf(']');
                if (close < 0) {
                    current = null;
                    continue;
                }
                current = line.substring(1, close).strip();
                line = line.substring(close + 1).strip();
                if (line.isEmpty()) {
                    continue;
                }
            }
            int eq = line.indexOf('=');
            String name = (eq < 0 ? line : line.substring(0, eq)).strip();
            if (current != null && current.equalsIgnoreCase(section) && name.equalsIgnoreCase(key)) {
                found = eq < 0 ? "true" : unquote(line.substring(eq + 1));
            }
        }
        return found;
    }

    private static String unquote(String v) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        String s = v.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    default -> e;
                });
            } else if (!quoted && (c == '#' || c == ';')) {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
