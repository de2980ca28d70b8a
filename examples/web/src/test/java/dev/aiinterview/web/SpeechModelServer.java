package dev.aiinterview.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A local stand-in for the speech model's download site (the JDK's own HTTP server) serving one model zip laid
 * out like Vosk's, whose {@code transcripts.txt} the test provider {@link ModelFolderSpeechToTextFactory} plays
 * back: a transcript that comes out proves the downloaded archive was used. It can hold the download half-way
 * until {@link #release()}, so that a test sees the app while it is downloading.
 */
public final class SpeechModelServer implements AutoCloseable {

    /** The zip's name; the model folder in the data directory is named after it. */
    public static final String ZIP_NAME = "test-speech-model.zip";

    public final AtomicInteger requests = new AtomicInteger();
    private final HttpServer server;
    private final byte[] zip;
    private final CountDownLatch released;
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private SpeechModelServer(byte[] zip, boolean hold) throws IOException {
        this.zip = zip;
        this.released = new CountDownLatch(hold ? 1 : 0);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves a model whose recogniser "hears" these transcripts in turn, at once. */
    public static SpeechModelServer serving(List<String> transcripts) {
        return create(transcripts, false);
    }

    /** Serves that model, but stops after the first half of it until {@link #release()}. */
    public static SpeechModelServer holdingHalfWay(List<String> transcripts) {
        return create(transcripts, true);
    }

    private static SpeechModelServer create(List<String> transcripts, boolean hold) {
        try {
            return new SpeechModelServer(modelZip(transcripts), hold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the zip is served. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/models/" + ZIP_NAME);
    }

    /** The SHA-256 of the zip served, as {@code interview.vosk.model-sha256} wants it. */
    public String sha256() {
        return sha256(zip);
    }

    /** The zip's size in bytes. */
    public int size() {
        return zip.length;
    }

    /** Answers the next {@code count} requests with HTTP 503, as a site that is down for a while. */
    public SpeechModelServer failingFirst(int count) {
        failuresLeft.set(count);
        return this;
    }

    /** Lets a held download finish. */
    public void release() {
        released.countDown();
    }

    /** A URL on this machine where nothing listens: a download from it fails at once. */
    public static URI unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/models/" + ZIP_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            exchange.sendResponseHeaders(200, zip.length);
            OutputStream out = exchange.getResponseBody();
            int half = zip.length / 2;
            out.write(zip, 0, half);
            out.flush();
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new IOException("the test never released the download");
            }
            out.write(zip, half, zip.length - half);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }

    /**
     * A zip laid out like Vosk's (one top folder holding am/final.mdl and conf/), with the transcripts to play
     * back, and 2 MB that does not compress so that the download has a size worth reporting.
     */
    static byte[] modelZip(List<String> transcripts) {
        String top = ZIP_NAME.substring(0, ZIP_NAME.length() - 4) + "/";
        byte[] noise = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(top));
            out.closeEntry();
            entry(out, top + "am/final.mdl", noise);
            entry(out, top + "conf/model.conf", "--min-active=200\n".getBytes(StandardCharsets.UTF_8));
            entry(out, top + ModelFolderSpeechToTextFactory.TRANSCRIPTS,
                    String.join("\n", transcripts).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
