/**
 * Checks of the configured providers before an interview meets them.
 *
 * <p>Internal unless a type says otherwise: the types a host or a provider may use carry their own
 * {@link org.apiguardian.api.API} status, so a new type is internal until someone decides to publish it.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
package dev.aiinterview.core.check;

import org.apiguardian.api.API;
