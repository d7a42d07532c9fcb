package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The drops-only check itself: it must catch a changed, added or reordered line. */
class MainOutputPropertiesTest {
    private static final String WHOLE = "Home | Blog\n\n# Pruning\n\n- [Trees](/t)\n\n* Cut in winter\n* Step back\n\n1. One\n";

    @Test
    void droppedLinesPass() {
        assertThatCode(() -> MainOutputProperties.assertDropsOnly("t", "# Pruning\n\n* Cut in winter\n", WHOLE))
                .doesNotThrowAnyException();
    }

    @Test
    void aListWhoseNeighbourWasCutMayTakeTheOtherBullet() {
        assertThatCode(() -> MainOutputProperties.assertDropsOnly("t", "# Pruning\n\n- Cut in winter\n- Step back\n", WHOLE))
                .doesNotThrowAnyException();
    }

    @Test
    void anOrderedListWhoseNeighbourWasCutMayTakeTheOtherDelimiter() {
        // html2md writes a list right after another with the other delimiter, 1) after 1.
        assertThatCode(() -> MainOutputProperties.assertDropsOnly("t", "# Pruning\n\n1) One\n", WHOLE))
                .doesNotThrowAnyException();
    }

    @Test
    void aChangedAddedOrReorderedLineFails() {
        assertThatThrownBy(() -> MainOutputProperties.assertDropsOnly("t", "# Pruning\n\n- Cut in spring\n", WHOLE))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> MainOutputProperties.assertDropsOnly("t", "Home\n\n# Pruning\n", WHOLE))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> MainOutputProperties.assertDropsOnly("t", "* Step back\n\n# Pruning\n", WHOLE))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> MainOutputProperties.assertDropsOnly("t", "2. One\n", WHOLE))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> MainOutputProperties.assertDropsOnly("t", "2) One\n", WHOLE))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> MainOutputProperties.assertDropsOnly("t", "1)One\n", WHOLE))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> MainOutputProperties.assertDropsOnly("t", "-Cut in winter\n", WHOLE))
                .isInstanceOf(AssertionError.class);
    }
}
