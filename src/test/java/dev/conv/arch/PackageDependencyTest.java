package dev.conv.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture as a rule: a step package never uses another step package (what two steps
 * share lives in a shared package), the library never uses the CLI, and each shared package uses
 * only the packages below it. Any use counts: an import or a fully qualified name.
 */
class PackageDependencyTest {
    private static final Path MAIN = Path.of("src", "main", "java", "dev", "conv");
    private static final Set<String> STEPS = Set.of("clean", "markdown", "links", "qr", "extract");
    /** What each shared package may use, besides the JDK and libraries. */
    private static final Map<String, Set<String>> SHARED = Map.of(
            "page", Set.of(),
            "url", Set.of(),
            "html", Set.of("url", "page"),
            "step", Set.of("page"),
            "edit", Set.of("page", "html", "url"),
            "run", Set.of("page", "step"),
            "config", Set.of("page", "step", "url", "run"));
    private static final Pattern USE = Pattern.compile("\\bdev\\.conv\\.([a-z]+)\\.");

    @Test
    void noStepPackageUsesAnother() throws IOException {
        java.util.Set<String> violations = new java.util.TreeSet<>();
        for (String pkg : packages()) {
            if (!STEPS.contains(pkg)) {
                continue;
            }
            uses(pkg, (file, used) -> {
                if (STEPS.contains(used) && !used.equals(pkg)) {
                    violations.add(file + " uses dev.conv." + used);
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theLibraryNeverUsesTheCommandLine() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : packages()) {
            if (pkg.equals("cli") || pkg.equals("bench")) {
                continue;
            }
            uses(pkg, (file, used) -> {
                if (used.equals("cli") || used.equals("bench")) {
                    violations.add(file + " uses dev.conv." + used);
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void sharedPackagesUseOnlyWhatLiesBelowThem() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : packages()) {
            Set<String> allowed = SHARED.get(pkg);
            if (allowed == null) {
                continue;
            }
            uses(pkg, (file, used) -> {
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    violations.add(file + " uses dev.conv." + used);
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theRuleSeesAUseWrittenEitherWay() {
        // The check itself: an import and an inline qualified name are both found.
        Matcher m = USE.matcher("import dev.conv.clean.Clean; x = dev.conv.markdown.LineStart.of(y);");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("clean", "markdown");
    }

    private static List<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    private interface UseSink {
        void accept(String file, String usedPackage);
    }

    private static void uses(String pkg, UseSink sink) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = USE.matcher(source);
                while (m.find()) {
                    sink.accept(MAIN.relativize(file).toString(), m.group(1));
                }
            }
        }
    }
}
