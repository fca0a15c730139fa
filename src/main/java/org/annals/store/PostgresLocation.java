package org.annals.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A PostgreSQL archive's address, {@code postgresql://user:password@host:port/database?parameters} (or
 * {@code postgres://}), read as libpq reads it: user, password, host, port and database may be left out and
 * then come from {@code PGUSER}, {@code PGPASSWORD}, {@code PGHOST}, {@code PGPORT} and {@code PGDATABASE}
 * (else the system user, no password, localhost, 5432 and the user's name); user and password may be
 * percent-encoded. Parameters go to the JDBC driver as they are ({@code sslmode=require},
 * {@code currentSchema=annals} to keep the archive in its own schema). Immutable.
 *
 * @param host       the server's host name or address (an IPv6 address without brackets)
 * @param port       the server's port
 * @param database   the database
 * @param user       the user
 * @param password   the password, or null
 * @param parameters the connection parameters, in the order given
 */
record PostgresLocation(String host, int port, String database, String user, String password,
                        Map<String, String> parameters) {

    PostgresLocation {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Whether {@code location} is a PostgreSQL URL rather than a folder. */
    static boolean isUrl(String location) {
        String l = location.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://");
    }

    /**
     * Reads a URL, filling what it leaves out from {@code environment}.
     *
     * @throws ArchiveException INVALID naming the URL (without its password) when it does not parse
     */
    static PostgresLocation parse(String url, Map<String, String> environment) {
        String s = url.strip();
        int scheme = s.indexOf("://");
        if (!isUrl(s)) {
            throw invalid(url, "it does not start with postgresql://");
        }
        String rest = s.substring(scheme + 3);
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String info = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon >= 0 ? info.substring(0, colon) : info, url);
            password = colon >= 0 ? decode(info.substring(colon + 1), url) : null;
        }
        String host = rest;
        String port = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw invalid(url, "an IPv6 address lacks its ']'");
            }
            host = rest.substring(1, close);
            if (rest.length() > close + 1) {
                if (rest.charAt(close + 1) != ':') {
                    throw invalid(url, "a port must follow ':'");
                }
                port = rest.substring(close + 2);
            }
        } else if (rest.lastIndexOf(':') >= 0) {
            host = rest.substring(0, rest.lastIndexOf(':'));
            port = rest.substring(rest.lastIndexOf(':') + 1);
        }
        user = orElse(user, environment.get("PGUSER"), System.getProperty("user.name"));
        password = orElse(password, environment.get("PGPASSWORD"), null);
        host = orElse(host, environment.get("PGHOST"), "localhost");
        port = orElse(port, environment.get("PGPORT"), "5432");
        String database = orElse(decode(path, url), environment.get("PGDATABASE"), user);
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw invalid(url, "the port is no number: '" + port + "'");
        }
        if (portNumber < 1 || portNumber > 65535) {
            throw invalid(url, "the port must be 1 to 65535: " + portNumber);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                parameters.put(decode(eq < 0 ? pair : pair.substring(0, eq), url),
                        eq < 0 ? "" : decode(pair.substring(eq + 1), url));
            }
        }
        return new PostgresLocation(host, portNumber, database, user, password, parameters);
    }

    /** The address for messages: the URL without its password. */
    String display() {
        StringBuilder out = new StringBuilder("postgresql://").append(user).append('@').append(hostAndPort())
                .append('/').append(database);
        if (!parameters.isEmpty()) {
            StringJoiner query = new StringJoiner("&", "?", "");
            parameters.forEach((k, v) -> query.add(k.toLowerCase(Locale.ROOT).contains("password") ? k + "=***" : k + "=" + v));
            out.append(query);
        }
        return out.toString();
    }

    /** {@code host:port}, for saying which server is down. */
    String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The JDBC URL, without user and password (they go to the driver as properties). */
    String jdbcUrl() {
        StringBuilder out = new StringBuilder("jdbc:postgresql://").append(hostAndPort()).append('/')
                .append(encode(database));
        if (!parameters.isEmpty()) {
            StringJoiner query = new StringJoiner("&", "?", "");
            parameters.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
            out.append(query);
        }
        return out.toString();
    }

    /** The schema the archive lives in when the URL names one ({@code currentSchema}), else null. */
    String schema() {
        String schema = parameters.get("currentSchema");
        return schema == null || schema.isBlank() ? null : schema.split(",")[0].strip();
    }

    private static String orElse(String value, String fallback, String last) {
        if (value != null && !value.isEmpty()) {
            return value;
        }
        return fallback != null && !fallback.isEmpty() ? fallback : last;
    }

    private static ArchiveException invalid(String url, String why) {
        return new ArchiveException(ArchiveException.Reason.INVALID,
                "not a PostgreSQL archive address: " + withoutPassword(url) + " (" + why + ")");
    }

    /** The URL as written, with any password replaced by ***; for messages about a URL that does not parse. */
    static String withoutPassword(String url) {
        return url.replaceAll("(://[^:/@?]*):[^@/?]*@", "$1:***@");
    }

    /** Percent-decoding (a '+' stays a '+', as in a URL's user information). */
    private static String decode(String text, String url) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                if (i + 2 >= bytes.length) {
                    throw invalid(url, "a '%' must be followed by two hex digits");
                }
                int hi = Character.digit(bytes[i + 1], 16);
                int lo = Character.digit(bytes[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    throw invalid(url, "a '%' must be followed by two hex digits");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return display();
    }
}
