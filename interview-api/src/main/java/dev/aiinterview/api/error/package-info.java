/**
 * The SDK's exceptions: one unchecked root, {@link dev.aiinterview.api.error.InterviewException}, whose subtypes
 * say what a caller can do. Retriable: rate limited, unavailable, timeout. Not retriable: authentication, invalid
 * request, refusal, contract violation, configuration, invalid input, session state.
 */
package dev.aiinterview.api.error;
