package dev.conv.url;

/**
 * Whether a URL can be rewritten safely. Mirrored pages hold raw CJK characters, spaces in paths
 * and stray {@code %} signs that browsers accept, so those pass; what fails is what no reader
 * would take as the same URL after a rewrite: control characters, a broken authority.
 */
public final class UrlCheck {
    /** Longer URLs are left alone: real ones are far shorter, and rules must stay linear. */
    static final int MAX_LENGTH = 64 * 1024;

    private UrlCheck() {
    }

    /** Why {@code url} cannot be rewritten, or null when it can. */
    public static String problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return "holds a control character (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        UriReference ref = UriReference.parse(url);
        return ref.authority() == null ? null : authorityProblem(ref.authority());
    }

    private static String authorityProblem(String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostPort;
        String port = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return "unclosed '[' in the host";
            }
            host = hostPort.substring(0, close + 1);
            port = hostPort.substring(close + 1);
            if (!port.isEmpty() && !port.startsWith(":")) {
                return "text after the IPv6 host: " + port;
            }
            port = port.isEmpty() ? "" : port.substring(1);
        } else {
            int colon = hostPort.indexOf(':');
            if (colon >= 0) {
                host = hostPort.substring(0, colon);
                port = hostPort.substring(colon + 1);
            }
        }
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return "port is not a number: " + port;
            }
        }
        if (port.length() > 5 || !port.isEmpty() && Integer.parseInt(port) > 65535) {
            return "port out of range: " + port;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == ' ' || c == '<' || c == '>' || c == '"' || c == '\\' || c == '^' || c == '`' || c == '{'
                    || c == '|' || c == '}' || c == '[' && i > 0 || c == ']' && i < host.length() - 1) {
                return "the host holds '" + c + "'";
            }
        }
        return null;
    }
}
