package dev.conv.url;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * GitHub's image proxy: {@code https://camo.githubusercontent.com/<digest>/<hex of the URL>}, and
 * the older {@code /<digest>?url=<encoded URL>}.
 */
final class CamoProxy implements UnwrapRule {
    private static final String HOST = "camo.githubusercontent.com";
    private final ParamProxy queryForm = new ParamProxy(HOST, null, java.util.List.of("url"));

    @Override
    public String unwrap(UriReference url) {
        if (!url.host().equals(HOST)) {
            return null;
        }
        String fromQuery = queryForm.unwrap(url);
        if (fromQuery != null) {
            return fromQuery;
        }
        String path = url.path();
        int slash = path.indexOf('/', 1);
        if (slash < 0 || slash == path.length() - 1) {
            return null;
        }
        String hex = path.substring(slash + 1);
        return Originals.accept(fromHex(hex));
    }

    private static String fromHex(String hex) {
        if (hex.length() % 2 != 0) {
            return null;
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int hi = PercentEncoding.hex(hex.charAt(2 * i));
            int lo = PercentEncoding.hex(hex.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes[i] = (byte) (hi * 16 + lo);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public String name() {
        return HOST;
    }
}
