/**
 * What providers implement. Each kind of provider has a tiny factory ({@link dev.aiinterview.spi.ProviderFactory})
 * with a unique {@code id()} and a {@code create(config)} that does the heavy work; factories are discovered
 * with {@link java.util.ServiceLoader} through {@code META-INF/services}. The SDK wraps every provider call with
 * validation, timing, retries, listeners and fallback, so a provider implements only the call itself.
 */
package dev.aiinterview.spi;
