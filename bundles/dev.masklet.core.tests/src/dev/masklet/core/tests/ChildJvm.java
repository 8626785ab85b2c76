package dev.masklet.core.tests;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a plain JVM (the running java executable) on a main class of this bundle. Inside the OSGi test runtime
 * there is no class path to copy, so it is made from where the classes were loaded from: each class's code source
 * is its bundle's location, a jar or a project folder whose classes are in {@code target/classes}.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder java(Class<?> main, List<Class<?>> alsoFrom, String... args) throws IOException {
        Set<String> classPath = new LinkedHashSet<>();
        classPath.add(location(main));
        for (Class<?> c : alsoFrom) {
            classPath.add(location(c));
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", String.join(File.pathSeparator,
                classPath), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String location(Class<?> c) throws IOException {
        try {
            Path at = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            String resource = c.getName().replace('.', '/') + ".class";
            if (Files.isRegularFile(at) || Files.exists(at.resolve(resource))) {
                return at.toString();
            }
            Path classes = at.resolve("target/classes");
            if (Files.exists(classes.resolve(resource))) {
                return classes.toString();
            }
            throw new IOException("cannot find the classes of " + c.getName() + " under " + at);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where " + c.getName() + " was loaded from: " + e, e);
        }
    }
}
