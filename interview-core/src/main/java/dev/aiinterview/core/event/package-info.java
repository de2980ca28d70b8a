/**
 * Delivery of interview events to the host's listeners.
 *
 * <p>Internal: hosts register an {@link dev.aiinterview.api.InterviewListener} on the builder instead.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
package dev.aiinterview.core.event;

import org.apiguardian.api.API;
