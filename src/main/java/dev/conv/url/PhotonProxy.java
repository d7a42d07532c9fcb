package dev.conv.url;

import java.util.regex.Pattern;

/**
 * WordPress's Photon image CDN: {@code https://i0.wp.com/example.com/a.jpg?resize=800,600} serves
 * {@code example.com/a.jpg}. Its query holds only Photon's own switches (size, crop, {@code ssl}),
 * so it goes. The original is written as https: Photon's {@code ssl=1} is how https sites asked
 * for it, and a page served over https would not show an http image anyway.
 */
final class PhotonProxy implements UnwrapRule {
    private static final Pattern HOST = Pattern.compile("i[0-3]\\.wp\\.com");

    @Override
    public String unwrap(UriReference url) {
        if (!HOST.matcher(url.host()).matches() || url.path().length() < 2) {
            return null;
        }
        String rest = url.path().substring(1);
        return Originals.looksLikeHost(rest) && rest.indexOf('/') > 0 ? Originals.accept("https://" + rest) : null;
    }

    @Override
    public String name() {
        return "i0-i3.wp.com (Photon)";
    }
}
