package dev.masklet.ui.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import dev.masklet.ui.internal.editor.prompt.EngineServices;

/** The UI bundle's life: when it stops, every engine service it got is released. */
public final class UiBundle implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        // services are tracked when first asked for (EngineServices)
    }

    @Override
    public void stop(BundleContext context) {
        EngineServices.closeAll();
    }
}
