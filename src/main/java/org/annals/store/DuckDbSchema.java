package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded archive's schema: the migrations it shares with PostgreSQL ({@code db/migration/common}),
 * applied in version order and recorded in {@code annals_schema_history}. (Flyway, which migrates the
 * PostgreSQL archive, has no DuckDB support; these scripts are plain statements, so a few lines do.)
 * Stateless.
 */
final class DuckDbSchema {
    /** The scripts of the embedded archive, in version order; each named {@code V<version>__<what>.sql}. */
    private static final List<String> SCRIPTS = List.of("db/migration/common/V1__archive.sql",
            "db/migration/common/V3__event_copies.sql");
    private static final Pattern VERSION = Pattern.compile("/V(\\d+)__[^/]+\\.sql$");
    private static final String HISTORY = "annals_schema_history";

    private DuckDbSchema() {}

    /** The schema version this program writes. */
    static int latest() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /**
     * The version of the archive's schema: 0 for an empty database.
     *
     * @throws ArchiveException INVALID when the database holds tables but not an Annals archive
     */
    static int current(Connection c, String location) throws SQLException {
        if (count(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", HISTORY) == 0) {
            if (count(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?", "main") > 0) {
                throw new ArchiveException(ArchiveException.Reason.INVALID,
                        location + " holds a DuckDB database that is not an Annals archive");
            }
            return 0;
        }
        return (int) count(c, "SELECT coalesce(max(version), 0) FROM " + HISTORY);
    }

    /** Applies the scripts the archive has not had yet, each in its own transaction. */
    static void migrate(Connection c, String location) throws SQLException {
        int current = current(c, location);
        checkNotNewer(current, location);
        if (current == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + HISTORY
                        + " (version INTEGER NOT NULL, script TEXT NOT NULL, installed TIMESTAMP NOT NULL)");
            }
        }
        for (String script : SCRIPTS) {
            int version = version(script);
            if (version <= current) {
                continue;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(read(script))) {
                    s.execute(statement);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO " + HISTORY + " VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, script);
                    p.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Checks that an archive opened for reading has the schema this program reads.
     *
     * @throws ArchiveException NOT_FOUND for an empty database, FAILED for an older or newer schema
     */
    static void check(Connection c, String location) throws SQLException {
        int current = current(c, location);
        if (current == 0) {
            throw new ArchiveException(ArchiveException.Reason.NOT_FOUND, location + " holds no archive yet");
        }
        checkNotNewer(current, location);
        if (current < latest()) {
            throw new ArchiveException(ArchiveException.Reason.FAILED, location + " was written by an older Annals "
                    + "(schema " + current + ", now " + latest() + "); open it for writing once (annals ingest) "
                    + "to upgrade it");
        }
    }

    private static void checkNotNewer(int current, String location) {
        if (current > latest()) {
            throw new ArchiveException(ArchiveException.Reason.FAILED, location + " was written by a newer Annals "
                    + "(schema " + current + ", this one reads " + latest() + ")");
        }
    }

    /** The statements of a script: comments dropped, split at semicolons (the scripts hold no literal ';'). */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            int comment = line.indexOf("--");
            code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String part : code.toString().split(";")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }

    private static int version(String script) {
        Matcher m = VERSION.matcher(script);
        if (!m.find()) {
            throw new IllegalStateException("a migration must be named V<version>__<what>.sql: " + script);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String read(String resource) {
        try (InputStream in = DuckDbSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static long count(Connection c, String query, Object... parameters) throws SQLException {
        try (PreparedStatement p = SqlRunner.bind(c.prepareStatement(query), List.of(parameters));
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
