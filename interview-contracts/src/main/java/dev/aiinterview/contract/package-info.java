/**
 * The SDK's six typed prompt contracts and what a provider needs to serve them: each contract's input and output
 * records, its JSON Schema and prompt template, its semantic checks, the {@link dev.aiinterview.contract.Fence}
 * around untrusted text, the {@link dev.aiinterview.contract.Text} rules quotes are checked with, and the local
 * {@link dev.aiinterview.contract.QuestionScreen}. Providers depend on this package, never on the orchestrator.
 */
package dev.aiinterview.contract;
