package dev.aiinterview.api.webm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Block lacing is read strictly: sizes that cannot fit their block are the file's fault, never an overflow. */
class WebmBlocksTest {

    @Test
    void lacedSizesThatWouldOverflowAreRefusedAsInvalidInput() {
        // given: a SimpleBlock laced the EBML way with 256 frames whose first size is 2^56-1 and every difference 0,
        // so that their sum overflows a long and the last size comes out positive
        var block = new java.io.ByteArrayOutputStream();
        block.writeBytes(new byte[] {(byte) 0x81, 0, 0, (byte) 0x86, (byte) 0xFF});
        block.writeBytes(new byte[] {0x01, -1, -1, -1, -1, -1, -1, -1});
        for (int i = 0; i < 254; i++) {
            block.write(0xBF);  // a 1-byte signed difference of 0
        }
        block.writeBytes(new byte[64]);
        byte[] payload = block.toByteArray();
        var element = new java.io.ByteArrayOutputStream();
        element.write(0xA3);  // SimpleBlock
        element.writeBytes(new byte[] {(byte) (0x40 | (payload.length >> 8)), (byte) payload.length});  // 2-byte size
        element.writeBytes(payload);
        byte[] bytes = element.toByteArray();
        EbmlReader reader = new EbmlReader(bytes, "answer.webm", 10);
        EbmlReader.Header header = reader.header(bytes.length);

        // when / then
        assertThatThrownBy(() -> WebmBlocks.frames(reader, header))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lace size larger than its block");
    }
}
