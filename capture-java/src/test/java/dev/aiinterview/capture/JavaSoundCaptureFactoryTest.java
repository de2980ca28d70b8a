package dev.aiinterview.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.spi.CaptureListener;
import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.spi.MediaCaptureFactory;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The factory and the real javax.sound system of this machine, which has no microphone. */
class JavaSoundCaptureFactoryTest {

    @Test
    void serviceLoaderFindsJavasoundAsAMediaCapture() {
        assertThat(ServiceLoader.load(MediaCaptureFactory.class).stream().map(ServiceLoader.Provider::get))
                .filteredOn(f -> f.id().equals("javasound"))
                .singleElement()
                .isInstanceOf(JavaSoundCaptureFactory.class);
    }

    @Test
    void theRealSoundSystemListsItsInputDevicesWithAtMostOneDefault() {
        try (MediaCapture capture = new JavaSoundCaptureFactory().create(ConfigSource.empty())) {
            assertThat(capture.id()).isEqualTo("javasound");
            assertThat(capture.devices().stream().filter(d -> d.isDefault()).count()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void withNoMicrophoneRecordingFailsSayingSo() {
        try (MediaCapture capture = new JavaSoundCaptureFactory().create(ConfigSource.empty())) {
            org.junit.jupiter.api.Assumptions.assumeTrue(capture.devices().isEmpty(), "this machine has a microphone");

            assertThatThrownBy(() -> capture.record(CaptureOptions.builder().build(), CaptureListener.none()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("No microphone found")
                    .hasMessageContaining("answer in text");
        }
    }

    @Test
    void anInvalidLevelIntervalIsRejected() {
        assertThatThrownBy(() -> new JavaSoundCaptureFactory().create(ConfigSource.of(Map.of(
                JavaSoundCaptureFactory.LEVEL_INTERVAL, "5s"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(JavaSoundCaptureFactory.LEVEL_INTERVAL);
    }
}
