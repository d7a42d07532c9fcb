package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
