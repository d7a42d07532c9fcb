package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerHostsTest {
    /** The list is compiled into a class at build time (no run opens the jar to read it): the file's text, whole. */
    @Test
    void theBuiltInListIsTheTextFilesAsBuilt() throws IOException {
        Path file = Path.of("src/main/resources/dev/conv/url/tracker-hosts.txt");
        assertThat(TrackerHostList.TEXT).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(TrackerHosts.builtIn().hosts()).contains("doubleclick.net", "connect.facebook.net")
                .hasSize((int) TrackerHostList.TEXT.lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).count());
    }

    @Test
    void trackerHostsMatchSubdomainsOnly() {
        TrackerHosts hosts = TrackerHosts.builtIn();
        assertThat(hosts.match("doubleclick.net")).isEqualTo("doubleclick.net");
        assertThat(hosts.match("stats.g.doubleclick.net")).isEqualTo("doubleclick.net");
        assertThat(hosts.match("notdoubleclick.net")).isNull();
        assertThat(hosts.match("doubleclick.net.example.com")).isNull();
        assertThat(hosts.match("www.facebook.com")).isNull();
        assertThat(hosts.match("")).isNull();
        assertThat(hosts.size()).isGreaterThan(100);
    }

    @Test
    void hostsAreNormalizedAsTheyAreAdded() {
        assertThat(TrackerHosts.normalize("https://Stats.Example.org:8080/x?y")).isEqualTo("stats.example.org");
        assertThat(TrackerHosts.normalize("*.example.org.")).isEqualTo("example.org");
        assertThatThrownBy(() -> TrackerHosts.normalize("not a host"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid tracker host");
        TrackerHosts more = TrackerHosts.builtIn().with(List.of("*.pix.example"));
        assertThat(more.match("a.pix.example")).isEqualTo("pix.example");
        assertThat(TrackerHosts.builtIn().match("a.pix.example")).isNull();
    }

    @Test
    void aHostNamedInScriptTextCountsOnlyWhole() {
        TrackerHosts hosts = TrackerHosts.builtIn();
        assertThat(hosts.mentionedIn("s.src='https://www.google-analytics.com/ga.js'")).isEqualTo("google-analytics.com");
        assertThat(hosts.mentionedIn("var u = 'notgoogle-analytics.com';")).isNull();
        assertThat(hosts.mentionedIn("google-analytics.community")).isNull();
    }
}
