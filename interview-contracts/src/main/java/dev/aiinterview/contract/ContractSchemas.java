package dev.aiinterview.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * JSON Schemas generated from records (victools) and validation against them (networknt).
 *
 * <p>Generated schemas are inlined (no {@code $ref}), declare every property required, forbid extra properties
 * and keep properties in record-component order: models fill fields in schema order, so reasoning fields come
 * before verdicts.
 */
public final class ContractSchemas {

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(config(true));
    private static final SchemaGenerator DOCUMENT_GENERATOR = new SchemaGenerator(config(false));
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** The schema a model's reply must satisfy: no {@code $schema} keyword, every property required. */
    public static ObjectNode generate(Class<?> type) {
        return GENERATOR.generateSchema(type);
    }

    /**
     * A schema for a published document format (such as the interview report): Draft 2020-12 declared, every
     * property required, extra properties forbidden; values other than numbers, booleans and lists may be null.
     */
    public static ObjectNode generateDocumentSchema(Class<?> type, String title) {
        ObjectNode schema = DOCUMENT_GENERATOR.generateSchema(type);
        ObjectNode ordered = schema.objectNode();
        ordered.set("$schema", schema.remove("$schema"));
        ordered.put("title", title);
        ordered.setAll(schema);
        return ordered;
    }

    /** Compiles a schema for repeated validation. */
    public static Schema compile(JsonNode schema) {
        return REGISTRY.getSchema(schema);
    }

    /** The schema violations of a JSON document, as readable messages; empty when valid. */
    public static List<String> validate(Schema schema, JsonNode document) {
        return schema.validate(document).stream().map(e -> e.toString()).toList();
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config(boolean forModel) {
        var builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.FLATTENED_ENUMS)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        if (forModel) {
            builder.without(Option.SCHEMA_VERSION_INDICATOR).with(Option.INLINE_ALL_SCHEMAS);
        } else {
            builder.with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        }
        builder.forTypesInGeneral().withPropertySorter((a, b) -> 0);
        if (!forModel) {
            // Documents are written by the SDK, whose records leave absent values null (no media for a typed
            // answer, no evaluation for a skipped one); lists are never null. Models must fill every field.
            builder.forFields().withNullableCheck(field -> !field.isFakeContainerItemScope()
                    && !field.isContainerType() && !field.getType().getErasedType().isPrimitive());
        }
        builder.forFields()
                .withRequiredCheck(field -> !field.isFakeContainerItemScope())
                .withNumberInclusiveMinimumResolver(field -> range(field, true))
                .withNumberInclusiveMaximumResolver(field -> range(field, false))
                .withArrayMinItemsResolver(field -> {
                    if (!field.isContainerType() || field.isFakeContainerItemScope()) {
                        return null;
                    }
                    SchemaRange r = field.getAnnotationConsideringFieldAndGetter(SchemaRange.class);
                    return r == null || r.min() == 0 ? null : r.min();
                })
                .withArrayMaxItemsResolver(field -> {
                    if (!field.isContainerType() || field.isFakeContainerItemScope()) {
                        return null;
                    }
                    SchemaRange r = field.getAnnotationConsideringFieldAndGetter(SchemaRange.class);
                    return r == null || r.max() == Integer.MAX_VALUE ? null : r.max();
                });
        return builder.build();
    }

    private static java.math.BigDecimal range(com.github.victools.jsonschema.generator.FieldScope field, boolean min) {
        if (field.isContainerType() || field.isFakeContainerItemScope()) {
            return null;
        }
        SchemaRange r = field.getAnnotationConsideringFieldAndGetter(SchemaRange.class);
        if (r == null) {
            return null;
        }
        int value = min ? r.min() : r.max();
        return value == Integer.MAX_VALUE ? null : java.math.BigDecimal.valueOf(value);
    }

    private ContractSchemas() {
    }
}
