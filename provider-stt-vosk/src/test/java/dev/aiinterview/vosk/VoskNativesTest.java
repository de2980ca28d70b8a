package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.error.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The real native library, without a model: it loads, and the real model loader rejects a fake model. */
@EnabledOnOs(value = {OS.LINUX, OS.MAC, OS.WINDOWS}, architectures = {"amd64", "x86_64"})
class VoskNativesTest {

    @Test
    void theBundledNativeLibraryLoadsWithoutAModel() {
        assertThatCode(VoskNatives::load).doesNotThrowAnyException();
        assertThatCode(VoskNatives::load).as("loading twice is harmless").doesNotThrowAnyException();
    }

    @Test
    void aFolderThatLooksLikeAModelButIsNotOneIsAConfigurationErrorFromTheRealLoader(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("am"));
        Files.writeString(dir.resolve("am/final.mdl"), "not a Kaldi model");
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/model.conf"), "--min-active=200\n");

        assertThatThrownBy(() -> VoskModel.acquire(dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Vosk could not load the model in " + dir)
                .hasMessageContaining("VOSK_MODEL_PATH");
    }

    @Test
    void thePlatformIsNamedForErrorMessages() {
        assertThat(VoskNatives.platform()).contains("-");
    }
}
