package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small web archive written with jwarc for the tests, in this order: a request (skipped), an HTML response, an
 * image (skipped), metadata (skipped), a 404 page (skipped), a plain-text resource, and a second HTML response.
 * Three pages, seven records.
 */
final class WarcFixtures {
    static final Instant CAPTURED = Instant.parse("2024-06-18T06:00:00Z");
    static final String FIRST = "https://valle.example/notizie/frana-statale";
    static final String LAST = "https://valle.example/notizie/scuole-riaperte";

    private WarcFixtures() {}

    static byte[] archive(WarcCompression compression) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
            HttpRequest request = new HttpRequest.Builder("GET", "/notizie/frana-statale")
                    .addHeader("Host", "valle.example").addHeader("User-Agent", "test").build();
            writer.write(new WarcRequest.Builder(URI.create(FIRST)).date(CAPTURED).body(request).build());
            writer.write(response(FIRST, 200, MediaType.HTML_UTF8, page("Frana sulla statale, strada chiusa",
                    "Una frana ha bloccato la strada statale nella notte tra lunedì e martedì.")));
            writer.write(response("https://valle.example/logo.png", 200, MediaType.parse("image/png"),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
            writer.write(new WarcMetadata.Builder().targetURI(FIRST).date(CAPTURED)
                    .fields(Map.of("outlinks", java.util.List.of(LAST))).build());
            writer.write(response("https://valle.example/vecchia", 404, MediaType.HTML_UTF8,
                    page("Pagina non trovata", "Questa pagina non esiste più.")));
            writer.write(new WarcResource.Builder(URI.create("https://valle.example/avviso.txt")).date(CAPTURED)
                    .body(MediaType.PLAIN_TEXT, ("Avviso alla popolazione\n\nIl sindaco ha disposto la chiusura "
                            + "dei parchi per il maltempo.").getBytes(StandardCharsets.UTF_8)).build());
            writer.write(response(LAST, 200, MediaType.HTML_UTF8, page("Scuole riaperte dopo il maltempo",
                    "Le scuole della valle hanno riaperto mercoledì dopo due giorni di chiusura.")));
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String uri, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body).build();
        return new WarcResponse.Builder(URI.create(uri)).date(CAPTURED).body(http).build();
    }

    static byte[] page(String title, String paragraph) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<article><h1>" + title + "</h1><p>" + paragraph + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
