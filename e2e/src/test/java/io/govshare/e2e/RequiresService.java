package io.govshare.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a test only when the named services are part of this checkout. The services are built on separate
 * branches; their tests are written against docs/api.md and run as soon as the module lands. With all four
 * modules present nothing is skipped.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiresService.Condition.class)
public @interface RequiresService {

    String[] value();

    /** Disables the test while one of the services is missing from the checkout. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var required = context.getElement()
                    .flatMap(element -> AnnotationSupport.findAnnotation(element, RequiresService.class));
            if (required.isEmpty()) {
                return ConditionEvaluationResult.enabled("no service required");
            }
            for (String service : required.get().value()) {
                if (!Stack.has(service)) {
                    return ConditionEvaluationResult.disabled(service + " is not part of this checkout yet");
                }
            }
            return ConditionEvaluationResult.enabled("all required services present");
        }
    }
}
