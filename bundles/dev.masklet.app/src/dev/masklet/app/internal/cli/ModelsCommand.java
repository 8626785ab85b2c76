package dev.masklet.app.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.onnx.internal.ModelFolder;

/**
 * {@code masklet-cli models}: one line per installed model folder under the models root:
 * {@code NAME<TAB>STATUS<TAB>FOLDER}, STATUS being {@code ok} or what is wrong. Exit code 1 when none is usable.
 */
final class ModelsCommand {
    private ModelsCommand() {
    }

    static int run(PrintStream out) throws CliException {
        Path root = ModelFolder.modelsRoot();
        List<Path> dirs;
        try (Stream<Path> list = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new CliException(root + ": cannot be listed (" + e.getMessage() + ")");
        }
        int usable = 0;
        for (Path dir : dirs) {
            String status;
            try {
                ModelFolder.open(dir);
                status = "ok";
                usable++;
            } catch (EngineException e) {
                status = e.getMessage();
            }
            out.println(dir.getFileName() + "\t" + status + "\t" + dir);
        }
        if (usable == 0) {
            throw new CliException("no usable model in " + root + "; " + ModelFolder.FETCH_HINT);
        }
        return 0;
    }
}
