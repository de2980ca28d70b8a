package dev.aiinterview.api.config;

/**
 * The SDK's configuration keys. Providers document their own keys under {@code interview.<provider>.*}, and
 * declare the conventional environment variables they also read (such as {@code GEMINI_API_KEY}) themselves,
 * through {@link dev.aiinterview.spi.ProviderFactory#environmentAliases()}; this class names no provider. Each key
 * can also be given as an environment variable (see {@link ConfigSource#environmentName(String)}).
 */
public final class ConfigKeys {

    /** Which LLM provider to use, by id ({@code offline}, {@code gemini}, ...). */
    public static final String LLM_PROVIDER = "interview.llm.provider";
    /** An LLM provider to switch to when the configured one keeps failing, such as {@code offline}. */
    public static final String LLM_FALLBACK = "interview.llm.fallback";
    /** Which speech-to-text provider to use, by id. */
    public static final String STT_PROVIDER = "interview.stt.provider";
    /** A speech-to-text provider to switch to when the configured one keeps failing. */
    public static final String STT_FALLBACK = "interview.stt.fallback";
    /** Which media capture provider to use, by id. */
    public static final String CAPTURE_PROVIDER = "interview.capture.provider";

    /** Follow-ups allowed per main question; default 1, 0 turns follow-ups off. */
    public static final String FOLLOW_UPS_MAX = "interview.follow-ups.max";
    /** Questions per topic in a plan; default 1. */
    public static final String QUESTIONS_PER_TOPIC = "interview.plan.questions-per-topic";
    /**
     * When the LLM reviews questions for bias: {@code screened} (default: questions a local screen flags, and
     * questions a person wrote or edited), {@code always}, or {@code off}.
     */
    public static final String QUESTION_REVIEW = "interview.plan.review";
    /** Attempts per LLM call for retriable failures (rate limits, outages, timeouts); default 3. */
    public static final String LLM_MAX_ATTEMPTS = "interview.llm.max-attempts";
    /** First LLM retry delay; doubles on each retry, with equal jitter, capped at 20 s. Default 1s. */
    public static final String LLM_RETRY_DELAY = "interview.llm.retry-delay";
    /** Longest time spent on one LLM call including retries; default 2m. */
    public static final String LLM_MAX_TIME = "interview.llm.max-time";
    /** Attempts per speech-to-text call for retriable failures; default 3. */
    public static final String STT_MAX_ATTEMPTS = "interview.stt.max-attempts";
    /** First speech-to-text retry delay; doubles on each retry, with equal jitter, capped at 20 s. Default 1s. */
    public static final String STT_RETRY_DELAY = "interview.stt.retry-delay";
    /** Longest time spent on one speech-to-text call including retries; default 5m. */
    public static final String STT_MAX_TIME = "interview.stt.max-time";
    /** Words whose STT confidence is below this are flagged for a human to check; default 0.6. */
    public static final String LOW_CONFIDENCE = "interview.stt.low-confidence";
    /** The language of the interview, as a BCP-47 tag; default {@code en-US}. */
    public static final String LANGUAGE = "interview.language";

    private ConfigKeys() {
    }
}
