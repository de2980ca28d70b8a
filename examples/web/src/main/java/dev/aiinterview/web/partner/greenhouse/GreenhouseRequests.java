package dev.aiinterview.web.partner.greenhouse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bodies of Greenhouse's {@code send_test} and {@code response_error} calls, read and checked. */
final class GreenhouseRequests {

    /**
     * A {@code send_test} request. The candidate's resume URL and phone number are not kept: the interview does
     * not use them.
     *
     * @param candidateId   Greenhouse's person id, from the profile URL, if it has one
     * @param applicationId Greenhouse's application id, from the profile URL, if it has one
     * @param callbackUrl   where to PATCH when the test is completed
     */
    record SendTest(String partnerTestId, String firstName, String lastName, String email, String profileUrl,
                    Optional<String> candidateId, Optional<String> applicationId, String callbackUrl) {

        /** One Greenhouse application: its id, else a digest of the whole profile URL (which may be long). */
        String applicationKey() {
            return applicationId.orElseGet(() -> "url:" + sha256(profileUrl));
        }

        String candidateName() {
            return firstName + " " + lastName;
        }
    }

    /** A {@code response_error} report. */
    record ResponseError(String apiCall, List<String> errors, Optional<String> partnerTestId,
                         Optional<String> partnerInterviewId) {}

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PERSON = Pattern.compile("/people/(\\d{1,30})");
    private static final Pattern APPLICATION = Pattern.compile("[?&]application_id=(\\d{1,30})");
    private static final int MAX_ERRORS = 50;

    static SendTest sendTest(JsonNode body) {
        String testId = GreenhouseJson.required(body, "partner_test_id", "partner_test_id", 100);
        JsonNode candidate = GreenhouseJson.requiredObject(body, "candidate");
        String first = GreenhouseJson.required(candidate, "first_name", "candidate.first_name", 95);
        String last = GreenhouseJson.required(candidate, "last_name", "candidate.last_name", 95);
        String email = GreenhouseJson.required(candidate, "email", "candidate.email", 320);
        if (!EMAIL.matcher(email).matches()) {
            throw GreenhouseException.badRequest("The field 'candidate.email' is not an email address: the interview "
                    + "link is sent to it.");
        }
        String profile = GreenhouseJson.required(candidate, "greenhouse_profile_url",
                "candidate.greenhouse_profile_url", 2000);
        checkUrl(profile, "candidate.greenhouse_profile_url");
        String callback = GreenhouseJson.required(body, "url", "url", 2000);
        checkUrl(callback, "url");
        return new SendTest(testId, first, last, email, profile, group(PERSON.matcher(profile)),
                group(APPLICATION.matcher(profile)), callback);
    }

    static ResponseError responseError(JsonNode body) {
        String call = GreenhouseJson.required(body, "api_call", "api_call", 100);
        JsonNode list = body.get("errors");
        if (list == null || !list.isArray()) {
            throw GreenhouseException.badRequest("The field 'errors' is required: give it as an array of strings.");
        }
        if (list.size() > MAX_ERRORS) {
            throw GreenhouseException.badRequest("The field 'errors' has more than " + MAX_ERRORS + " entries.");
        }
        var errors = new ArrayList<String>();
        for (JsonNode e : list) {
            if (!e.isTextual()) {
                throw GreenhouseException.badRequest("Every entry of 'errors' must be a string.");
            }
            errors.add(GreenhouseInterviews.truncate(e.asText(), 1000));
        }
        // The spec's table spells it "parnter_test_id" once; its example says "partner_test_id": take either.
        Optional<String> testId = GreenhouseJson.id(body, "partner_test_id", 100)
                .or(() -> GreenhouseJson.id(body, "parnter_test_id", 100));
        return new ResponseError(call, List.copyOf(errors), testId,
                GreenhouseJson.id(body, "partner_interview_id", 100));
    }

    private static void checkUrl(String value, String name) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null) {
                throw GreenhouseException.badRequest("The field '" + name + "' must be an absolute http(s) URL.");
            }
        } catch (URISyntaxException e) {
            throw GreenhouseException.badRequest("The field '" + name + "' is not a valid URL: " + e.getReason()
                    + ".");
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    private static Optional<String> group(Matcher m) {
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private GreenhouseRequests() {
    }
}
