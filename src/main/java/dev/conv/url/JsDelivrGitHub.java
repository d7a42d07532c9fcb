package dev.conv.url;

import java.util.Set;

/**
 * jsDelivr's GitHub files: {@code https://cdn.jsdelivr.net/gh/user/repo@ref/path} serves the file
 * at {@code path} of {@code ref}. It becomes {@code https://raw.githubusercontent.com/user/repo/ref/path}:
 * jsDelivr serves the raw file, and so does that URL, so an image still displays and a link still
 * opens the file (a {@code github.com/.../blob/} page would break every image). No ref, or
 * {@code @latest}, is the default branch ({@code HEAD}); a directory becomes its GitHub tree page.
 * jsDelivr's other registries (npm, WordPress) have no GitHub original and stay.
 */
final class JsDelivrGitHub implements UnwrapRule {
    private static final Set<String> HOSTS = Set.of("cdn.jsdelivr.net", "fastly.jsdelivr.net", "gcore.jsdelivr.net",
            "testingcf.jsdelivr.net", "originfastly.jsdelivr.net");

    @Override
    public String unwrap(UriReference url) {
        if (!HOSTS.contains(url.host()) || !url.path().startsWith("/gh/")) {
            return null;
        }
        String[] parts = url.path().split("/", 5); // "", "gh", user, repo@ref, path
        if (parts.length < 4 || parts[2].isEmpty() || parts[3].isEmpty()) {
            return null;
        }
        String user = parts[2];
        String repo = parts[3];
        String ref = "HEAD";
        int at = repo.indexOf('@');
        if (at >= 0) {
            ref = repo.substring(at + 1);
            repo = repo.substring(0, at);
            if (ref.isEmpty() || ref.equals("latest")) {
                ref = "HEAD";
            }
        }
        if (repo.isEmpty()) {
            return null;
        }
        String path = parts.length == 5 ? parts[4] : "";
        String original = path.isEmpty() || path.endsWith("/")
                ? "https://github.com/" + user + "/" + repo + "/tree/" + ref + (path.isEmpty() ? "" : "/" + path)
                : "https://raw.githubusercontent.com/" + user + "/" + repo + "/" + ref + "/" + path;
        return Originals.accept(original);
    }

    @Override
    public String name() {
        return "cdn.jsdelivr.net/gh (jsDelivr)";
    }
}
