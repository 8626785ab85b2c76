package dev.masklet.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * The exporters contributed to the extension point {@value #EXTENSION_POINT}: Masklet's own formats and those of
 * any installed plug-in. A snapshot: read it again to see plug-ins installed later.
 */
public final class ExporterRegistry {
    /** Full id of the extension point. */
    public static final String EXTENSION_POINT = "dev.masklet.export.exporters";

    private final Map<String, ExporterDescriptor> byId = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ExporterRegistry() {
    }

    /** Reads the running platform's extension registry. */
    public static ExporterRegistry fromPlatform() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new IllegalStateException("no extension registry: Masklet's exporters need a running OSGi platform"
                    + " with org.eclipse.equinox.registry");
        }
        return read(registry);
    }

    /**
     * Masklet's own exporters without OSGi (for programs such as the batch job): this bundle's {@code plugin.xml}
     * is read into a registry of its own, so the formats, ids and classes are the ones the workbench lists.
     */
    public static ExporterRegistry builtIn() {
        ClassLoader loader = ExporterRegistry.class.getClassLoader();
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null) {
            @Override
            public Object createExecutableExtension(RegistryContributor contributor, String className,
                    String overriddenContributorName) throws CoreException {
                try {
                    return Class.forName(className, true, loader).getConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    throw new CoreException(Status.error(className + " cannot be created: " + e, e));
                }
            }
        }, token, null);
        IContributor contributor = ContributorFactorySimple.createContributor("dev.masklet.export");
        try (InputStream xml = ownResource("plugin.xml"); InputStream text = ownResource("plugin.properties")) {
            // the names and descriptions are %keys of plugin.properties, as OSGi's Bundle-Localization reads them
            registry.addContribution(xml, contributor, false, "dev.masklet.export", new PropertyResourceBundle(text),
                    token);
        } catch (IOException e) {
            throw new IllegalStateException("plugin.xml of dev.masklet.export cannot be read: " + e.getMessage(), e);
        }
        return read(registry);
    }

    /** Reads the given extension registry. Contributions with a missing id, name or class are left out. */
    public static ExporterRegistry read(IExtensionRegistry registry) {
        ExporterRegistry r = new ExporterRegistry();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"exporter".equals(e.getName())) {
                continue;
            }
            String contributor = e.getContributor().getName();
            String id = trimmed(e.getAttribute("id"));
            String name = trimmed(e.getAttribute("name"));
            String type = trimmed(e.getAttribute("class"));
            if (id.isEmpty() || name.isEmpty() || type.isEmpty()) {
                r.problems.add(contributor + ": an exporter without id, name or class is left out");
                continue;
            }
            OutputKind kind;
            String output = trimmed(e.getAttribute("output"));
            try {
                kind = output.isEmpty() ? OutputKind.FOLDER : OutputKind.valueOf(output.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                r.problems.add(contributor + ": exporter '" + id + "' has output '" + output
                        + "' (folder or file expected) and is left out");
                continue;
            }
            if (r.byId.containsKey(id)) {
                r.problems.add(contributor + ": exporter id '" + id + "' is already taken by "
                        + r.byId.get(id).contributor() + "; left out");
                continue;
            }
            ExporterDescriptor.Factory factory = () -> {
                try {
                    Object o = e.createExecutableExtension("class");
                    if (o instanceof Exporter exporter) {
                        return exporter;
                    }
                    throw new ExportException("exporter '" + id + "' of " + contributor + ": " + type
                            + " does not implement " + Exporter.class.getName());
                } catch (CoreException ex) {
                    throw new ExportException("exporter '" + id + "' of " + contributor + " cannot be created: "
                            + ex.getMessage(), ex);
                }
            };
            boolean imagesExpected = Boolean.parseBoolean(trimmed(e.getAttribute("imagesExpected")));
            r.byId.put(id, new ExporterDescriptor(id, name, trimmed(e.getAttribute("description")), kind,
                    trimmed(e.getAttribute("fileExtension")), imagesExpected, contributor, factory));
        }
        return r;
    }

    /**
     * A file at the root of this bundle's jar or folder. Not {@code ClassLoader.getResource}: on a flat class path
     * (the batch job's tests) Equinox's own jars carry a plugin.xml and plugin.properties too.
     */
    private static InputStream ownResource(String name) throws IOException {
        String self = ExporterRegistry.class.getName().replace('.', '/') + ".class";
        URL url = ExporterRegistry.class.getClassLoader().getResource(self);
        String text = url == null ? "" : url.toString();
        if (!text.endsWith(self)) {
            throw new IllegalStateException("dev.masklet.export's classes are not found on the class path");
        }
        try {
            return URI.create(text.substring(0, text.length() - self.length()) + name).toURL().openStream();
        } catch (IOException e) {
            throw new IllegalStateException(name + " of dev.masklet.export is not on the class path", e);
        }
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    /** The exporters, sorted by id. */
    public List<ExporterDescriptor> exporters() {
        List<ExporterDescriptor> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(ExporterDescriptor::id));
        return Collections.unmodifiableList(list);
    }

    public Optional<ExporterDescriptor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Contributions that were left out, one line each, naming the contributing bundle. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
