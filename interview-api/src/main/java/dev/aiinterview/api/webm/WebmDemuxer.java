package dev.aiinterview.api.webm;

import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.webm.EbmlReader.Header;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the Opus audio in a WebM file as browsers' MediaRecorder writes it (audio only, or with a video track):
 * the EBML header (DocType webm or matroska), the Segment and its Clusters (both may be of unknown size, as a live
 * recorder writes them), the first audio track of Tracks (which must be {@code A_OPUS} with an OpusHead), and that
 * track's SimpleBlocks and BlockGroup Blocks, laced or not. Everything else (SeekHead, Cues, Tags, Void, video
 * blocks) is skipped. Packets are taken back to back, as browsers write them; block timestamps are not needed.
 *
 * <p>No maintained Java WebM demuxer exists, hence this small one. It is strict: anything malformed or cut off is an
 * {@link InvalidInputException} that says what is wrong and how to get a usable file, and the work is bounded by a
 * cap on elements and by the longest answer allowed.
 */
public final class WebmDemuxer {

    static final int MAX_ELEMENTS = 2_000_000;

    private static final long EBML = 0x1A45DFA3L;
    private static final long DOC_TYPE = 0x4282;
    private static final long VOID = 0xEC;
    private static final long SEGMENT = 0x18538067L;
    private static final long SEEK_HEAD = 0x114D9B74L;
    private static final long INFO = 0x1549A966L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAE;
    private static final long TRACK_NUMBER = 0xD7;
    private static final long TRACK_TYPE = 0x83;
    private static final long CODEC_ID = 0x86;
    private static final long CODEC_PRIVATE = 0x63A2;
    private static final long AUDIO = 0xE1;
    private static final long SAMPLING_FREQUENCY = 0xB5;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long SIMPLE_BLOCK = 0xA3;
    private static final long BLOCK_GROUP = 0xA0;
    private static final long BLOCK = 0xA1;
    /** Elements that end a Cluster of unknown size: they cannot be inside one. */
    private static final Set<Long> SEGMENT_LEVEL = Set.of(EBML, SEGMENT, SEEK_HEAD, INFO, TRACKS, CLUSTER,
            0x1C53BB6BL /* Cues */, 0x1254C367L /* Tags */, 0x1043A770L /* Chapters */, 0x1941A469L /* Attachments */);

    private final EbmlReader reader;
    private final String source;
    private final long maxSamples48k;
    private final Duration maxDuration;
    private final List<byte[]> packets = new ArrayList<>();
    private long audioTrack;
    private int channels;
    private int preSkip;
    private int sampleRate = 48_000;
    private boolean hasVideo;
    private long samples48k;

    private WebmDemuxer(byte[] webm, String source, Duration maxDuration) {
        this.reader = new EbmlReader(webm, source, MAX_ELEMENTS);
        this.source = source;
        this.maxDuration = maxDuration;
        this.maxSamples48k = maxDuration.toMillis() * 48;
    }

    /** The audio lasts longer than the maximum; reading stopped there. */
    public static final class TooLong extends InvalidInputException {
        TooLong(String message) {
            super(message);
        }
    }

    /** How to get a usable file, as every complaint about one ends. */
    public static final String ADVICE = EbmlReader.ADVICE;

    /**
     * The Opus track of {@code webm}.
     *
     * @param webm        the whole file
     * @param source      how to name the file in messages
     * @param maxDuration the longest audio accepted
     * @return the track's packets and parameters
     * @throws TooLong              if the audio lasts longer than {@code maxDuration}
     * @throws InvalidInputException if the file is not WebM, is malformed or cut off, or holds no Opus audio
     */
    public static WebmAudio read(byte[] webm, String source, Duration maxDuration) {
        return new WebmDemuxer(webm, source, maxDuration).read();
    }

    /** A complaint about a WebM file: what is wrong ({@code problem}), then how to get a usable one. */
    public static InvalidInputException invalid(String source, String problem) {
        return EbmlReader.invalid(source, problem);
    }

    private WebmAudio read() {
        int length = reader.bytes().length;
        Header ebml = reader.header(length);
        if (ebml.id() != EBML || ebml.unknownSize()) {
            throw reader.invalid("does not start with an EBML header");
        }
        String docType = null;
        for (Header h : children(ebml, length)) {
            if (h.id() == DOC_TYPE) {
                docType = reader.string(h);
            }
        }
        if (!"webm".equals(docType) && !"matroska".equals(docType)) {
            throw reader.invalid("is a '" + docType + "' file, not WebM or Matroska");
        }
        reader.seek(ebml.end(length));
        Header segment = reader.header(length);
        while (segment.id() == VOID) {
            reader.seek(segment.end(length));
            segment = reader.header(length);
        }
        if (segment.id() != SEGMENT) {
            throw reader.invalid("has no Segment after its EBML header");
        }
        segment(segment.end(length));
        if (packets.isEmpty()) {
            throw reader.invalid("contains no audio");
        }
        return new WebmAudio(channels, preSkip, sampleRate, List.copyOf(packets), samples48k, hasVideo);
    }

    private void segment(int end) {
        while (reader.position() < end) {
            Header h = reader.header(end);
            if (h.id() == CLUSTER) {
                cluster(h, end);
                continue;
            }
            if (h.unknownSize()) {
                throw reader.invalid("has element 0x" + Long.toHexString(h.id()) + " of unknown size at byte "
                        + h.start() + " (only a Segment or a Cluster may have one)");
            }
            if (h.id() == TRACKS && audioTrack == 0) {
                tracks(h, end);
            }
            reader.seek(h.end(end));
        }
    }

    private void tracks(Header tracks, int limit) {
        for (Header entry : children(tracks, limit)) {
            if (entry.id() != TRACK_ENTRY) {
                continue;
            }
            long number = 0;
            long type = 0;
            String codec = null;
            byte[] codecPrivate = null;
            double frequency = 0;
            for (Header h : children(entry, limit)) {
                if (h.id() == TRACK_NUMBER) {
                    number = reader.unsigned(h);
                } else if (h.id() == TRACK_TYPE) {
                    type = reader.unsigned(h);
                } else if (h.id() == CODEC_ID) {
                    codec = reader.string(h);
                } else if (h.id() == CODEC_PRIVATE) {
                    codecPrivate = Arrays.copyOfRange(reader.bytes(), h.dataStart(), h.end(limit));
                } else if (h.id() == AUDIO) {
                    for (Header a : children(h, limit)) {
                        frequency = a.id() == SAMPLING_FREQUENCY ? reader.floating(a) : frequency;
                    }
                }
            }
            hasVideo |= type == 1;
            if (type == 2 && audioTrack == 0) {
                if (!"A_OPUS".equals(codec)) {
                    throw reader.invalid("has " + codec + " audio, not Opus; record with MediaRecorder and "
                            + "'audio/webm;codecs=opus'");
                }
                if (number < 1) {
                    throw reader.invalid("has an audio track without a TrackNumber");
                }
                opusHead(codecPrivate);
                audioTrack = number;
                // Google requires one of Opus's rates for WEBM_OPUS; anything else is taken as the 48 kHz Opus runs at.
                int rate = (int) frequency;
                sampleRate = rate == frequency && Set.of(8_000, 12_000, 16_000, 24_000, 48_000).contains(rate) ? rate
                        : 48_000;
            }
        }
        if (audioTrack == 0) {
            throw reader.invalid("has no audio track");
        }
    }

    /** Channels and pre-skip from the OpusHead of RFC 7845, section 5.1. */
    private void opusHead(byte[] head) {
        if (head == null || head.length < 19
                || !"OpusHead".equals(new String(head, 0, 8, StandardCharsets.ISO_8859_1))) {
            throw reader.invalid("has an Opus track without an OpusHead in its CodecPrivate");
        }
        channels = head[9] & 0xff;
        preSkip = (head[10] & 0xff) | (head[11] & 0xff) << 8;
        if (channels < 1 || channels > 2) {
            throw reader.invalid("has Opus audio with " + channels + " channels; only mono and stereo are supported");
        }
    }

    private void cluster(Header cluster, int limit) {
        int end = cluster.end(limit);
        reader.seek(cluster.dataStart());
        while (reader.position() < end) {
            int at = reader.position();
            Header h = reader.header(end);
            if (cluster.unknownSize() && SEGMENT_LEVEL.contains(h.id())) {
                reader.seek(at);  // the next Cluster (or Cues...) begins: this one has ended
                return;
            }
            if (h.unknownSize()) {
                throw reader.invalid("has element 0x" + Long.toHexString(h.id()) + " of unknown size inside the "
                        + "Cluster at byte " + cluster.start());
            }
            if (h.id() == SIMPLE_BLOCK) {
                block(h);
            } else if (h.id() == BLOCK_GROUP) {
                for (Header b : children(h, end)) {
                    if (b.id() == BLOCK) {
                        block(b);
                    }
                }
            }
            reader.seek(h.end(end));
        }
    }

    private void block(Header block) {
        long track = WebmBlocks.track(reader, block);
        if (track != audioTrack) {
            if (audioTrack == 0) {
                throw reader.invalid("has blocks before its Tracks, so its audio track is unknown");
            }
            return;  // video, or another track
        }
        for (byte[] packet : WebmBlocks.frames(reader, block)) {
            int samples = OpusPackets.samples48k(packet);
            if (samples < 0) {
                throw reader.invalid("has an invalid Opus packet in the block at byte " + block.start());
            }
            samples48k += samples;
            if (samples48k - preSkip > maxSamples48k) {
                throw new TooLong("The recording " + source + " lasts longer than " + maxDuration.toSeconds()
                        + " s, the most allowed: split the answer into shorter recordings, or raise the setting");
            }
            packets.add(packet);
        }
    }

    /** The children of a parent of known size (those of unknown size inside are rejected). */
    private List<Header> children(Header parent, int limit) {
        if (parent.unknownSize()) {
            throw reader.invalid("has element 0x" + Long.toHexString(parent.id()) + " of unknown size at byte "
                    + parent.start());
        }
        int end = parent.end(limit);
        int resume = reader.position();
        List<Header> children = new ArrayList<>();
        reader.seek(parent.dataStart());
        while (reader.position() < end) {
            Header h = reader.header(end);
            if (h.unknownSize()) {
                throw reader.invalid("has element 0x" + Long.toHexString(h.id()) + " of unknown size at byte "
                        + h.start());
            }
            children.add(h);
            reader.seek(h.end(end));
        }
        reader.seek(resume);
        return children;
    }
}
