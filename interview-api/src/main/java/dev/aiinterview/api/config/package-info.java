/** Configuration: one {@link dev.aiinterview.api.config.ConfigSource} over maps, system properties and environment. */
package dev.aiinterview.api.config;
