package dev.aiinterview.core.registry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apiguardian.api.API;

/**
 * Finds provider factories with {@link ServiceLoader}, through the thread's context class loader and the SDK's
 * own. A broken provider jar (missing class, failing constructor) is logged with how to fix it and skipped, so it
 * cannot break discovery of the others.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ServiceLoaderProviders {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLoaderProviders.class);

    public static <F> List<F> load(Class<F> type) {
        Map<String, F> byClass = new LinkedHashMap<>();
        var loaders = new ArrayList<ClassLoader>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(ServiceLoaderProviders.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            Iterator<F> it = ServiceLoader.load(type, loader).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    F factory = it.next();
                    byClass.putIfAbsent(factory.getClass().getName(), factory);
                } catch (ServiceConfigurationError e) {
                    LOG.error("Skipping a broken {} on the classpath: {}. Check that the provider jar matches this "
                            + "SDK's version and that its dependencies are present.", type.getSimpleName(), e.getMessage());
                }
            }
        }
        return List.copyOf(byClass.values());
    }

    private ServiceLoaderProviders() {
    }
}
