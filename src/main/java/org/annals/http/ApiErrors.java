package org.annals.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.PrintStream;
import org.annals.store.ArchiveException;

/**
 * The one place where exceptions become HTTP statuses. Every error answer is JSON,
 * {@code {"status": 400, "error": "parameter 'from' must be a date YYYY-MM-DD: 'yesterday'"}}:
 * <ul>
 *   <li>{@link IllegalArgumentException} (a bad parameter value, a query record refusing it): 400;</li>
 *   <li>{@link ApiException}: its own status (404 unknown article, 401/403 ingest, 415, 502);</li>
 *   <li>{@link ArchiveException}: 503 when the archive is unavailable or locked (try again later),
 *       500 otherwise;</li>
 *   <li>Javalin's own: 404 no such endpoint, 405 method not allowed (everything but ingest is read-only),
 *       413 body over the size limit;</li>
 *   <li>anything else is a bug: 500 with a plain message, the stack trace on the server's stderr only.</li>
 * </ul>
 */
final class ApiErrors {
    private final PrintStream log;
    private final long maxRequestBytes;

    ApiErrors(PrintStream log, long maxRequestBytes) {
        this.log = log;
        this.maxRequestBytes = maxRequestBytes;
    }

    void register(RoutesConfig routes) {
        routes.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(ArchiveException.class, (e, ctx) -> {
            boolean retry = e.reason() == ArchiveException.Reason.UNAVAILABLE
                    || e.reason() == ArchiveException.Reason.LOCKED;
            if (retry) {
                ctx.header("Retry-After", "30");
            } else {
                log.println("annals serve: archive failure on " + ctx.method() + " " + ctx.path() + ": " + e);
            }
            answer(ctx, retry ? 503 : 500, "the archive failed: " + e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), message(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            log.println("annals serve: internal error on " + ctx.method() + " " + ctx.path() + ":");
            e.printStackTrace(log);
            answer(ctx, 500, "internal error (a bug: the server's log has the details)");
        });
    }

    private String message(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path();
            case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path()
                    + " (the API is read-only but for POST /api/ingest)";
            case 413 -> "the request body is larger than the limit of " + maxRequestBytes + " bytes";
            default -> e.getMessage();
        };
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(Json.object().put("status", status).put("error",
                message == null ? HttpStatus.forStatus(status).getMessage() : message));
    }
}
