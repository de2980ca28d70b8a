/**
 * The types a host application works with: job descriptions, plans, questions, answers, evaluations and
 * reports. Every type here is an immutable record or enum that serialises to JSON as-is.
 *
 * <p>Stability: the record components are the public format of the SDK. New components may be added in
 * minor versions; none are removed or renamed before a major version.
 */
package dev.aiinterview.api;
