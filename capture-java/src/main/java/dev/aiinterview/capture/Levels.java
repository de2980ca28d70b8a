package dev.aiinterview.capture;

import javax.sound.sampled.AudioFormat;

/** RMS and peak levels (0 to 1) of raw PCM, over every sample of every channel. */
final class Levels {

    /** Whether levels can be read from this format: 8- or 16-bit integer PCM. */
    static boolean canMeasure(AudioFormat f) {
        boolean pcm = AudioFormat.Encoding.PCM_SIGNED.equals(f.getEncoding())
                || AudioFormat.Encoding.PCM_UNSIGNED.equals(f.getEncoding());
        return pcm && (f.getSampleSizeInBits() == 8 || f.getSampleSizeInBits() == 16);
    }

    /** {@code {rms, peak}} of the first {@code length} bytes. */
    static double[] of(byte[] data, int length, AudioFormat format) {
        int bytes = format.getSampleSizeInBits() / 8;
        boolean signed = AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding());
        double sum = 0;
        double peak = 0;
        int samples = length / bytes;
        for (int i = 0; i < samples; i++) {
            double v = bytes == 2 ? sample16(data, i * 2, format.isBigEndian()) : sample8(data[i], signed);
            sum += v * v;
            peak = Math.max(peak, Math.abs(v));
        }
        return samples == 0 ? new double[] {0, 0} : new double[] {Math.min(1, Math.sqrt(sum / samples)), Math.min(1, peak)};
    }

    private static double sample16(byte[] d, int at, boolean bigEndian) {
        int hi = bigEndian ? d[at] : d[at + 1];
        int lo = (bigEndian ? d[at + 1] : d[at]) & 0xff;
        return (short) ((hi << 8) | lo) / 32768.0;
    }

    private static double sample8(byte b, boolean signed) {
        return signed ? b / 128.0 : ((b & 0xff) - 128) / 128.0;
    }

    private Levels() {
    }
}
