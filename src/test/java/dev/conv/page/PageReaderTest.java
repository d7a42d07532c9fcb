package dev.conv.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageReaderTest {
    @Test
    void readsStandardInputWithoutASizeLimit() throws BadInputException {
        // maxSize + 1 overflowed for the library's default reader (no limit): nothing was read.
        Page page = new PageReader().read(new ByteArrayInputStream("<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.text()).isEqualTo("<p>x</p>");
    }
}
