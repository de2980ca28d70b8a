package dev.aiinterview.vosk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A local HTTP server (the JDK's own) serving one zip, whole, cut short, or as an error status. */
final class ModelServer implements AutoCloseable {

    enum Mode { WHOLE, TRUNCATED, NOT_FOUND, SERVER_ERROR, NO_LENGTH }

    final AtomicInteger requests = new AtomicInteger();
    private final HttpServer server;
    private volatile byte[] body = new byte[0];
    private volatile Mode mode = Mode.WHOLE;

    ModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    ModelServer serve(byte[] zip, Mode how) {
        this.body = zip.clone();
        this.mode = how;
        return this;
    }

    URI url(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/models/" + name);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            switch (mode) {
                case NOT_FOUND -> exchange.sendResponseHeaders(404, -1);
                case SERVER_ERROR -> exchange.sendResponseHeaders(503, -1);
                case NO_LENGTH -> {
                    exchange.sendResponseHeaders(200, 0);  // chunked: no Content-Length
                    exchange.getResponseBody().write(body);
                }
                case WHOLE -> {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                case TRUNCATED -> {
                    exchange.sendResponseHeaders(200, body.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    // Closing a fixed-length exchange early drops the connection, as a failing network does.
                    throw new IOException("connection dropped on purpose");
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A zip laid out like Vosk's: one top folder holding am/, conf/ and graph/. */
    static byte[] modelZip(String folder) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(folder + "/", null);
        files.put(folder + "/am/final.mdl", "acoustic model ".repeat(2000));
        files.put(folder + "/conf/model.conf", "--min-active=200\n");
        files.put(folder + "/graph/HCLr.fst", "graph ".repeat(5000));
        files.put(folder + "/README", "A test model.\n");
        return zip(files);
    }

    static byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                if (f.getValue() != null) {
                    zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
