package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One named output file ({@code -o FILE}), written atomically in UTF-8. */
public final class OutFile implements Destination {
    private final Path file;

    public OutFile(Path file) {
        this.file = file;
    }

    @Override
    public void write(InputFile input, StepResult result) throws IOException {
        stream(input, out -> out.write(result.page().text().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public void stream(InputFile input, AtomicWriter.Content content) throws IOException {
        AtomicWriter.write(file, content);
    }

    @Override
    public Path target(InputFile input) {
        return file;
    }
}
