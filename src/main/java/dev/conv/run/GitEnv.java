package dev.conv.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where git looks for user-wide settings. A record rather than reading the environment inline so
 * tests can point it at a scratch home and never see the developer's own global excludes.
 *
 * @param home          {@code $HOME}, for {@code ~/.gitconfig} and {@code ~/} in paths; may be null
 * @param xdgConfigHome {@code $XDG_CONFIG_HOME}, or null for {@code ~/.config}
 * @param systemConfig  {@code /etc/gitconfig}, or null when {@code GIT_CONFIG_NOSYSTEM} is set
 */
record GitEnv(Path home, Path xdgConfigHome, Path systemConfig) {

    static GitEnv fromSystem() {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        boolean noSystem = System.getenv("GIT_CONFIG_NOSYSTEM") != null;
        return new GitEnv(home == null ? null : Path.of(home),
                xdg == null || xdg.isEmpty() ? null : Path.of(xdg),
                noSystem ? null : Path.of("/etc/gitconfig"));
    }

    /** Config files in the order git reads them, so later ones override earlier ones. */
    List<Path> configFiles() {
        List<Path> files = new ArrayList<>();
        if (systemConfig != null) {
            files.add(systemConfig);
        }
        Path xdg = xdgDir();
        if (xdg != null) {
            files.add(xdg.resolve("git/config"));
        }
        if (home != null) {
            files.add(home.resolve(".gitconfig"));
        }
        return files;
    }

    /** The excludes file git uses when core.excludesFile is not set. */
    Path defaultExcludesFile() {
        Path xdg = xdgDir();
        return xdg == null ? null : xdg.resolve("git/ignore");
    }

    /** A config path value: {@code ~/} expanded, relative ones taken from {@code base}. */
    Path resolve(String value, Path base) {
        if (value.startsWith("~/") && home != null) {
            return home.resolve(value.substring(2));
        }
        return base.resolve(value);
    }

    private Path xdgDir() {
        if (xdgConfigHome != null) {
            return xdgConfigHome;
        }
        return home == null ? null : home.resolve(".config");
    }
}
