package dev.aiinterview.vosk;

import dev.aiinterview.api.error.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a downloaded model zip into a staging folder. Every entry must stay inside that folder (an entry named
 * {@code ../x} or {@code /etc/x} is a "zip slip" and stops the whole extraction), and the unpacked size is capped so
 * a zip bomb cannot fill the disk.
 */
final class ZipExtractor {

    /** Vosk's largest models unpack to about 4 GB; twice that is certainly not a model. */
    static final long MAX_UNPACKED_BYTES = 8L << 30;
    static final int MAX_ENTRIES = 100_000;

    private final long maxUnpackedBytes;

    ZipExtractor(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /**
     * Unpacks the zip into {@code into} and returns the model folder inside it: {@code into} itself, or the single
     * top-level folder the Vosk zips hold.
     */
    Path extract(Path zip, Path into, String source) {
        Path root = into.toAbsolutePath().normalize();
        long unpacked = 0;
        int entries = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw failure(source, "has more than " + MAX_ENTRIES + " entries");
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root) && !entry.isDirectory()) {
                    throw failure(source, "has an entry that points outside its folder ('" + entry.getName()
                            + "'), so it was not unpacked");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    unpacked += copy(in, out, maxUnpackedBytes - unpacked, source);
                }
            }
        } catch (ZipException e) {
            throw failure(source, "is not a valid zip (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ProviderException(VoskSpeechToTextProviderFactory.ID, "Cannot unpack the Vosk model from "
                    + source + " into " + root + ": " + e, e);
        }
        return modelRoot(root, source);
    }

    private static long copy(InputStream in, OutputStream out, long allowed, String source) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            copied += n;
            if (copied > allowed) {
                throw failure(source, "unpacks to more than " + (MAX_UNPACKED_BYTES >> 30) + " GiB");
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    private static Path modelRoot(Path root, String source) {
        if (ModelFolders.looksLikeModel(root)) {
            return root;
        }
        try (Stream<Path> children = Files.list(root)) {
            List<Path> models = children.filter(Files::isDirectory).filter(ModelFolders::looksLikeModel).toList();
            if (models.size() == 1) {
                return models.get(0);
            }
        } catch (IOException e) {
            throw failure(source, "could not be listed after unpacking (" + e + ")", e);
        }
        throw failure(source, "holds no Vosk model (no am/final.mdl): check " + VoskConfig.MODEL_URL);
    }

    private static ProviderException failure(String source, String problem) {
        return failure(source, problem, null);
    }

    private static ProviderException failure(String source, String problem, Throwable cause) {
        return new ProviderException(VoskSpeechToTextProviderFactory.ID,
                "The Vosk model zip from " + source + " " + problem, cause);
    }
}
