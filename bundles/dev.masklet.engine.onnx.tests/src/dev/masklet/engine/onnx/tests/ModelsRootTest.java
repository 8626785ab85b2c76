package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.masklet.engine.onnx.internal.ModelFolder;

/**
 * The models folder is found as models/fetch-default-model.sh, run-masklet and run-tests find it:
 * {@code ${MASKLET_MODELS:-$HOME/.cache/masklet/models}}. The JVM's {@code user.home} (which differs from
 * {@code $HOME} under sudo and in some containers) is used only when {@code HOME} is not set.
 */
class ModelsRootTest {
    private static final String USER_HOME = "/home/from-jvm";

    @Test
    void maskletModelsWins() {
        assertEquals(Path.of("/data/models"), ModelFolder.defaultModelsRoot(
                Map.of("MASKLET_MODELS", "/data/models", "HOME", "/home/shell"), USER_HOME));
    }

    @Test
    void homeComesBeforeTheJvmsUserHome() {
        assertEquals(Path.of("/home/shell/.cache/masklet/models"),
                ModelFolder.defaultModelsRoot(Map.of("HOME", "/home/shell"), USER_HOME));
    }

    @Test
    void blankVariablesCountAsUnset() {
        assertEquals(Path.of("/home/shell/.cache/masklet/models"),
                ModelFolder.defaultModelsRoot(Map.of("MASKLET_MODELS", " ", "HOME", "/home/shell"), USER_HOME));
        assertEquals(Path.of(USER_HOME, ".cache/masklet/models"),
                ModelFolder.defaultModelsRoot(Map.of("HOME", ""), USER_HOME));
    }

    @Test
    void withoutHomeTheJvmsUserHomeIsUsed() {
        assertEquals(Path.of(USER_HOME, ".cache", "masklet", "models"),
                ModelFolder.defaultModelsRoot(Map.of(), USER_HOME));
    }
}
