/**
 * Google Gemini through the official google-genai SDK: an LLM provider that serves every prompt contract with
 * JSON-Schema structured output, and a speech-to-text provider that transcribes recorded answers. Both have the id
 * {@code gemini} and are configured through {@link dev.aiinterview.gemini.GeminiConfig}'s keys.
 */
package dev.aiinterview.gemini;
