/** The SDK's one JSON configuration, shared by the contracts, the orchestrator and the providers. */
package dev.aiinterview.json;
