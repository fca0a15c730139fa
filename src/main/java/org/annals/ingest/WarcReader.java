package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Timestamp;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the pages a web archive holds: WARC 1.0 and 1.1 files, plain or gzip-compressed record by record (as
 * crawlers write them), read with jwarc as a stream, one record at a time, so a file of any size can be read.
 *
 * <p>A page is a {@code response} record whose HTTP answer is a success with an HTML or plain-text body
 * (chunked or compressed bodies are decoded), or a {@code resource} record of such a type. Every other record —
 * requests, metadata, warcinfo, revisits, redirects, images, scripts — is skipped silently. A page over the size
 * limit is reported and skipped. A record that cannot be parsed (a file cut short, a corrupt gzip member) is
 * reported naming it, the records before it are kept, and reading stops there, because a WARC file has no way
 * to find the next record after a broken one.
 *
 * <p>Immutable and thread-safe; each call reads only what it is given.
 */
public final class WarcReader {
    /** Receives what a WARC file holds, in file order, on the reading thread. */
    public interface RecordSink {
        /**
         * One page.
         *
         * @param source   "file#N": the file and the record's number in it (counting every record from 1)
         * @param page     the page's target address, media type and body
         * @param captured when the page was archived (WARC-Date), or null when the record does not say
         */
        void page(String source, WebFetcher.Page page, Timestamp captured);

        void fail(ReadFailure failure);
    }

    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final long maxBytes;

    /**
     * @param maxBytes the largest page body read; larger ones are reported and skipped
     */
    public WarcReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Reads every record of a WARC file.
     *
     * @param in   the file's bytes, plain or gzip-compressed; not closed
     * @param name the file as the user named it, for sources and failures
     */
    public void read(InputStream in, String name, RecordSink sink) {
        Objects.requireNonNull(sink, "sink");
        int number = 0;
        int pages = 0;
        try (org.netpreserve.jwarc.WarcReader records = new org.netpreserve.jwarc.WarcReader(uncloseable(in))) {
            records.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = records.next();
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    sink.fail(broken(name, number + 1, e, pages));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                try {
                    if (page(next.get(), name + "#" + number, sink)) {
                        pages++;
                    }
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    sink.fail(broken(name, number, e, pages));
                    return;
                }
            }
        } catch (IOException e) {
            sink.fail(new ReadFailure(name, "not a readable WARC file: " + describe(e)));
            return;
        }
        if (pages == 0) {
            sink.fail(new ReadFailure(name, "no HTML or text pages among its " + number + " WARC records"));
        }
    }

    /** Hands on one record if it is a page; whether it was one (a page over the limit counts, as reported). */
    private boolean page(WarcRecord record, String source, RecordSink sink) throws IOException {
        MessageBody body;
        MediaType type;
        if (record instanceof WarcResponse response) {
            var http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return false;
            }
            type = http.contentType();
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            body = resource.body();
        } else {
            return false;
        }
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!PAGE_TYPES.contains(base)) {
            return false;
        }
        URI target = ((org.netpreserve.jwarc.WarcTargetRecord) record).targetURI();
        byte[] bytes = body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            sink.fail(new ReadFailure(source, "too large: the page at " + target + " exceeds the limit of "
                    + DocumentReader.humanSize(maxBytes) + " (raise it with --max-size)"));
            return true;
        }
        // read leniently: a record without a valid WARC-Date still holds a page
        Timestamp captured = record.headers().first("WARC-Date").map(FeedDates::parse).orElse(null);
        sink.page(source, new WebFetcher.Page(target, base, bytes), captured);
        return true;
    }

    private static ReadFailure broken(String name, int number, Exception e, int pages) {
        return new ReadFailure(name + "#" + number, "truncated or broken WARC record (" + describe(e)
                + "); reading stopped here, the " + pages + " page" + (pages == 1 ? "" : "s") + " before it kept");
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** The caller owns the stream: jwarc's reader closes what it reads. */
    private static InputStream uncloseable(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // left to the caller
            }
        };
    }
}
