package org.annals.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article's address, under which the archive recognises the same article read
 * twice: scheme and host lower-cased, the default port, user information, the fragment, tracking
 * parameters ({@code utm_*}, {@code fbclid}, …) and a trailing slash dropped; the path and the other
 * parameters are kept as written, in their order (a server may tell them apart). An address that does not
 * parse as an absolute http(s) URI is kept as written, stripped. Stateless and thread-safe.
 */
final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "_ga", "_gl", "yclid", "wt.mc_id", "ocid");

    private CanonicalUrl() {}

    /** The canonical form of {@code url}, or null for null or blank. */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String stripped = url.strip();
        URI uri = parse(stripped);
        if (uri == null) {
            return stripped;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path.isEmpty() ? "/" : path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** The site of an address: its host lower-cased, without a leading {@code www.}; null when there is none. */
    static String site(String url) {
        URI uri = url == null ? null : parse(url.strip());
        if (uri == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : raw.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
