import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven at generate-sources, as a single-file program): writes a text file as a
 * Java string constant, {@code static final String TEXT} of a package-private class, so that the
 * class, archived with the others, holds it and no run opens conv's jar to read it.
 *
 * <p>Arguments: the text file, the class's fully qualified name, the generated sources' root.
 */
public final class TextConstant {
    private TextConstant() {
    }

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String name = args[1];
        int dot = name.lastIndexOf('.');
        Path out = Path.of(args[2], name.replace('.', '/') + ".java");
        String java = "package " + name.substring(0, dot) + ";\n\n"
                + "/** Generated at build time from " + Path.of(args[0]).getFileName() + ": do not edit. */\n"
                + "final class " + name.substring(dot + 1) + " {\n"
                + "    static final String TEXT = " + literal(text) + ";\n\n"
                + "    private " + name.substring(dot + 1) + "() {\n    }\n}\n";
        Files.createDirectories(out.getParent());
        if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(java)) {
            Files.writeString(out, java, StandardCharsets.UTF_8);
        }
    }

    /** A Java string literal of {@code s}, one source line per line of text. */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append(i + 1 < s.length() ? "\\n\"\n            + \"" : "\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
