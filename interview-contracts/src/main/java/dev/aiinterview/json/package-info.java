/**
 * The SDK's one JSON configuration, shared by the contracts, the orchestrator and the providers.
 *
 * <p>Stable: hosts write and read reports and session states with it.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
package dev.aiinterview.json;

import org.apiguardian.api.API;
