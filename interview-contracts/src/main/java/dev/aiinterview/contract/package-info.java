/**
 * The SDK's six typed prompt contracts and what a provider needs to serve them: each contract's input and output
 * records, its JSON Schema and prompt template, its semantic checks, the {@link dev.aiinterview.contract.Fence}
 * around untrusted text, the {@link dev.aiinterview.contract.Text} rules quotes are checked with, and the local
 * {@link dev.aiinterview.contract.QuestionScreen}. Providers depend on this package, never on the orchestrator.
 *
 * <p>Experimental as a whole: providers build on it, and a contract changes only with its version, but the Java
 * shape of its records may still change between minor releases.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
package dev.aiinterview.contract;

import org.apiguardian.api.API;
