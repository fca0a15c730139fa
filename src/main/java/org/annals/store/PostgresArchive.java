package org.annals.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Opens an archive in a PostgreSQL database: a pool of connections, the schema created or brought up to
 * date by Flyway (migrations in {@code db/migration/common} and {@code db/migration/postgresql}), and the
 * shared SQL archive with PostgreSQL's full-text search. Several processes may write to the same database
 * at once. Stateless.
 */
public final class PostgresArchive {
    /** The longest wait for a connection to the server, in seconds. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private PostgresArchive() {}

    /**
     * Opens the archive at a {@code postgresql://} URL; see {@link PostgresLocation} for its form.
     *
     * @throws ArchiveException UNAVAILABLE (the server cannot be reached, naming host:port), NOT_FOUND (no such
     *                          database, or reading a database without an archive), INVALID (a bad URL or
     *                          refused credentials), FAILED otherwise; messages never show the password
     */
    public static ArchiveStore open(String url, Archives.Mode mode) {
        return open(PostgresLocation.parse(url, System.getenv()), mode);
    }

    static ArchiveStore open(PostgresLocation location, Archives.Mode mode) {
        Objects.requireNonNull(mode, "mode");
        boolean write = mode == Archives.Mode.WRITE;
        HikariDataSource pool = pool(location, write);
        try {
            migrate(location, pool, write);
            SqlRunner runner = new SqlRunner(location.display(), SqlDialect.POSTGRESQL, pool::getConnection);
            PostgresSearch search = new PostgresSearch(runner);
            return new SqlArchiveStore(runner, write, search::search, article -> { }, pool::close);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(PostgresLocation location, boolean write) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("annals-archive");
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        // Fail at once when the server is down at start; later, wait a little for a connection, so that
        // the archive's retries ride out a server restart.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setReadOnly(!write);
        config.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("ApplicationName", "annals");
        // Prefix matches (LIKE 'RUS%') can use an index only in a plan made for the value at hand.
        config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw openFailure(location, e);
        }
    }

    private static void migrate(PostgresLocation location, HikariDataSource pool, boolean write) {
        FluentConfiguration configuration = Flyway.configure(PostgresArchive.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .loggers("slf4j")
                .createSchemas(write);
        if (location.schema() != null) {
            configuration.schemas(location.schema());
        }
        Flyway flyway = configuration.load();
        try {
            if (write) {
                flyway.migrate();
                return;
            }
            MigrationInfoService info = flyway.info();
            if (info.current() == null) {
                throw new ArchiveException(ArchiveException.Reason.NOT_FOUND,
                        "no archive in " + location.display() + " yet (nothing has been stored there)");
            }
            if (info.pending().length > 0) {
                throw new ArchiveException(ArchiveException.Reason.FAILED, "the archive " + location.display()
                        + " has an older schema; open it for writing once (annals ingest) to upgrade it");
            }
        } catch (FlywayException e) {
            throw openFailure(location, e);
        }
    }

    /** What a failure to reach or prepare the database means for the user. */
    static ArchiveException openFailure(PostgresLocation location, RuntimeException e) {
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql != null ? sql.getMessage() : e.getMessage();
        String where = location.display();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
            return new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "the PostgreSQL server at "
                    + location.hostAndPort() + " is unavailable (" + detail + "); archive " + where, e);
        }
        if (state.equals("3D000")) {
            return new ArchiveException(ArchiveException.Reason.NOT_FOUND, "the database " + location.database()
                    + " does not exist on the PostgreSQL server at " + location.hostAndPort() + "; create it first", e);
        }
        if (state.startsWith("28")) {
            return new ArchiveException(ArchiveException.Reason.INVALID, "the PostgreSQL server at "
                    + location.hostAndPort() + " refused user " + location.user() + " (" + detail + ")", e);
        }
        return new ArchiveException(ArchiveException.Reason.FAILED,
                "cannot open the archive " + where + ": " + detail, e);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
