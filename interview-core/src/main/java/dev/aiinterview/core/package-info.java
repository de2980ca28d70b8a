/** The orchestrator: plans interviews, runs sessions and writes reports. */
package dev.aiinterview.core;
