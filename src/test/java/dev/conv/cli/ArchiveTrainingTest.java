package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The archive's training runs conv as a real run does, so the archive holds what a run loads. */
class ArchiveTrainingTest {
    /**
     * Found by measuring: the training called Main.run, not Main.main, so picocli registered the java.time
     * and java.sql converters a run leaves out, and some 60 JDK classes went into html2md's cache for nothing.
     */
    @Test
    void theTrainingSetsPicocliUpAsARunDoes() throws IOException {
        String excludes = System.clearProperty("picocli.converters.excludes");
        String closures = System.clearProperty(Main.DISABLE_CLOSURES);
        try {
            ArchiveTraining.main(new String[] {"html2md"});
            assertThat(System.getProperty("picocli.converters.excludes")).isEqualTo(Main.CONVERTER_EXCLUDES);
            assertThat(System.getProperty(Main.DISABLE_CLOSURES)).isEqualTo("true");
        } finally {
            restore("picocli.converters.excludes", excludes);
            restore(Main.DISABLE_CLOSURES, closures);
        }
    }

    /**
     * Found with -Xlog:class+load: a hook's run is in a git work tree and reads its ignore rules, and corpus
     * pages hold lists and custom tags opening an HTML block; those classes came from the jar on every run.
     */
    @Test
    void theTrainingGoesWhereAHooksRunGoes() throws Exception {
        List<String> loaded = Collections.synchronizedList(new ArrayList<>());
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                loaded.add(name);
                return super.findClass(name);
            }
        }) {
            loader.loadClass(ArchiveTraining.class.getName()).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        }
        assertThat(loaded).containsAll(Set.of("dev.conv.run.GitEnv", "dev.conv.run.GitConfig", "dev.conv.run.IgnoreFile$Rule",
                "org.commonmark.internal.ListBlockParser", "dev.conv.clean.RegionEdits$2"));
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
