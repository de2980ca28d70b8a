package dev.aiinterview.api.webm;

/** The length of an Opus packet, from its table-of-contents byte (RFC 6716, section 3.1), without decoding it. */
final class OpusPackets {

    /** The longest packet Opus allows: 120 ms at 48 kHz. */
    static final int MAX_PACKET_SAMPLES_48K = 5_760;
    private static final int[] SILK = {480, 960, 1_920, 2_880};
    private static final int[] HYBRID = {480, 960};
    private static final int[] CELT = {120, 240, 480, 960};
    /** A 47-tap Blackman-windowed sinc low-pass at 7.5 kHz, under the 8 kHz that 16 kHz can hold. */

    /** The packet's duration in 48 kHz samples, or -1 when it cannot be an Opus packet. */
    static int samples48k(byte[] packet) {
        if (packet.length == 0) {
            return -1;
        }
        int toc = packet[0] & 0xff;
        int config = toc >> 3;
        int frame = config < 12 ? SILK[config & 3] : config < 16 ? HYBRID[config & 1] : CELT[config & 3];
        int frames = switch (toc & 3) {
            case 0 -> 1;
            case 1, 2 -> 2;
            default -> packet.length < 2 ? 0 : packet[1] & 0x3f;
        };
        int total = frame * frames;
        return total == 0 || total > MAX_PACKET_SAMPLES_48K ? -1 : total;
    }

    private OpusPackets() {
    }
}
