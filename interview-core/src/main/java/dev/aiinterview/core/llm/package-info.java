/**
 * The provider wrapper every LLM and speech-to-text call goes through: retries, fallback, accounting, call
 * events, and the contracts' reply pipeline.
 *
 * <p>Internal as a whole: hosts reach it through {@link dev.aiinterview.core.Interviewer}, and a provider
 * implements the SPI and makes one attempt per call, leaving retries, fallback and accounting to this wrapper.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
package dev.aiinterview.core.llm;

import org.apiguardian.api.API;
