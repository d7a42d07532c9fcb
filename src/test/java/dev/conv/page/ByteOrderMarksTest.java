package dev.conv.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.io.ByteOrderMark;
import org.junit.jupiter.api.Test;

class ByteOrderMarksTest {
    @Test
    void eachMarkIsFoundAtTheStartOnly() {
        assertThat(ByteOrderMarks.of(bytes(0xEF, 0xBB, 0xBF, '<'))).isEqualTo(ByteOrderMark.UTF_8);
        assertThat(ByteOrderMarks.of(bytes(0xEF, 0xBB, 0xBF))).isEqualTo(ByteOrderMark.UTF_8);
        assertThat(ByteOrderMarks.of(bytes(0xFE, 0xFF, 0, '<'))).isEqualTo(ByteOrderMark.UTF_16BE);
        assertThat(ByteOrderMarks.of(bytes(0xFF, 0xFE, '<', 0))).isEqualTo(ByteOrderMark.UTF_16LE);
        assertThat(ByteOrderMarks.of(bytes('<', 0xEF, 0xBB, 0xBF))).isNull();
    }

    @Test
    void aMarkCutShortIsNoMark() {
        assertThat(ByteOrderMarks.of(bytes(0xEF, 0xBB))).isNull();
        assertThat(ByteOrderMarks.of(bytes(0xFE))).isNull();
        assertThat(ByteOrderMarks.of(new byte[0])).isNull();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
