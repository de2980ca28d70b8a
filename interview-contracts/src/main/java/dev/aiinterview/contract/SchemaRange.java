package dev.aiinterview.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bounds a number (minimum/maximum) or a list (minItems/maxItems) in a contract's generated JSON Schema. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface SchemaRange {

    int min() default 0;

    int max() default Integer.MAX_VALUE;
}
