package dev.aiinterview.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.http.ApiProblem.FieldError;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: {@code application/json} only, at most {@link #MAX_BYTES}, no unknown fields, no
 * type coercion ("5" is not a number, 5 is not a string). Every refusal is a problem that names the field by its
 * JSON pointer and says what to send.
 */
final class ApiJson {

    /** The largest request body the API reads. */
    static final int MAX_BYTES = 64 * 1024;

    private static final ObjectMapper STRICT = strictMapper();

    /** The body as {@code type}, a record whose components are the accepted fields. */
    static <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new ApiProblem(415, "unsupported-media-type", "Send the body as JSON with the header "
                    + "'Content-Type: application/json'" + (contentType == null ? "." : " (not '" + contentType + "')."));
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new ApiProblem(400, "malformed-json", "The body is empty: send a JSON object.");
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                throw new ApiProblem(400, "malformed-json", "The body is null: send a JSON object.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String accepted = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw ApiProblem.invalid(List.of(FieldError.at(pointer(e), "Unknown field '" + e.getPropertyName()
                    + "'; the accepted fields here are: " + accepted + ".")));
        } catch (MismatchedInputException e) {
            String target = e.getTargetType() == null ? "value" : describe(e.getTargetType());
            throw ApiProblem.invalid(List.of(FieldError.at(pointer(e), "Must be " + target + ".")));
        } catch (JsonMappingException e) {
            throw ApiProblem.invalid(List.of(FieldError.at(pointer(e), "This value is not accepted here: "
                    + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ApiProblem(400, "malformed-json", "The body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": " + (why.length() > 200 ? why.substring(0, 200) + "..." : why)
                    + ". Check quotes, commas and brackets.");
        } catch (java.io.IOException e) {
            throw new ApiProblem(400, "malformed-json", "The body could not be read as JSON.");
        }
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(413, "body-too-large", "The body is larger than " + MAX_BYTES / 1024
                + " KB; send a shorter one (a job description of at most 50,000 characters).");
    }

    /** The failing field as a JSON pointer (RFC 6901), e.g. {@code /candidate/name}; "" for the whole body. */
    static String pointer(JsonMappingException e) {
        var sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // No number or boolean where a string is expected, no string or fraction where an integer is, and so on.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (LogicalType t : List.of(LogicalType.POJO, LogicalType.Collection)) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        // Bounded work on any input: no deeper nesting or longer string than a valid request could have.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20)
                .maxStringLength(MAX_BYTES).maxNumberLength(20).build());
        return mapper;
    }

    private ApiJson() {
    }
}
