package dev.aiinterview.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;

/**
 * The two rules that keep the public surface of core and contracts honest: every public type says how stable it is,
 * and nothing a host or a provider may use hands out a type that is {@link Status#INTERNAL}.
 *
 * <p>A type's status is its own {@code @API}, else that of the nearest enclosing type that has one, else its
 * package's ({@code package-info.java}), as JUnit 5 reads it. Types outside the imported classes (the JDK, the
 * API module, Jackson) have none and count as public.
 */
final class ApiStatusRules {

    private ApiStatusRules() {
    }

    /** A public type, nested only in public types: what code outside its package can name. */
    static final DescribedPredicate<JavaClass> PUBLIC_TYPES = DescribedPredicate.describe("are public types",
            ApiStatusRules::isPublicType);

    /** Fails for a public type without a status. */
    static ArchRule everyPublicTypeHasAStatus() {
        return classes().that(PUBLIC_TYPES)
                .should(new ArchCondition<>("have an @API status (their own, an enclosing type's or their package's)") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean marked = status(type).isPresent();
                        events.add(new SimpleConditionEvent(type, marked, type.getName()
                                + (marked ? " has status " + status(type).get() : " has no @API status: annotate it "
                                + "or its package-info.java (INTERNAL unless hosts or providers may use it)")));
                    }
                })
                .because("hosts and providers must be able to tell what they may use");
    }

    /** Fails for a type that is not INTERNAL and names an INTERNAL type in its public or protected signatures. */
    static ArchRule noPublicSignatureExposesAnInternalType() {
        return classes().that(PUBLIC_TYPES).and(DescribedPredicate.describe("are not INTERNAL",
                        (JavaClass type) -> status(type).filter(s -> s == Status.INTERNAL).isEmpty()))
                .should(new ArchCondition<>("not expose INTERNAL types in public or protected signatures") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        List<String> leaks = leaks(type);
                        for (String leak : leaks) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " (" + status(type)
                                    .map(Status::name).orElse("no status") + ") " + leak));
                        }
                        if (leaks.isEmpty()) {
                            events.add(SimpleConditionEvent.satisfied(type,
                                    type.getName() + " exposes no INTERNAL type"));
                        }
                    }
                })
                .because("a host that may use a type must be able to use everything its signatures name");
    }

    /** The status that applies to this type, if any. */
    static Optional<Status> status(JavaClass type) {
        for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
            Optional<API> own = t.tryGetAnnotationOfType(API.class);
            if (own.isPresent()) {
                return Optional.of(own.get().status());
            }
        }
        return type.getPackage().tryGetAnnotationOfType(API.class).map(API::status);
    }

    private static boolean isPublicType(JavaClass type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.getSimpleName().equals("package-info")) {
            return false;
        }
        for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
            boolean nested = t.getEnclosingClass().isPresent();
            if (!(t.getModifiers().contains(JavaModifier.PUBLIC)
                    || nested && t.getModifiers().contains(JavaModifier.PROTECTED))) {
                return false;
            }
        }
        return true;
    }

    /** Each place where the type's visible signatures name an INTERNAL type, described for the failure message. */
    private static List<String> leaks(JavaClass type) {
        List<String> leaks = new ArrayList<>();
        type.getSuperclass().ifPresent(s -> report(leaks, "extends", s));
        type.getInterfaces().forEach(i -> report(leaks, "implements", i));
        type.getTypeParameters().forEach(p -> report(leaks, "has type parameter", p));
        for (JavaField field : type.getFields()) {
            if (visible(field)) {
                report(leaks, "has field " + field.getName() + " of type", field.getType());
            }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (!visible(unit)) {
                continue;
            }
            String where = (unit.isConstructor() ? "constructor " : "method ") + unit.getName()
                    + unit.getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList();
            report(leaks, where + " returns", unit.getReturnType());
            unit.getParameterTypes().forEach(p -> report(leaks, where + " takes", p));
            unit.getTypeParameters().forEach(p -> report(leaks, where + " has type parameter", p));
            unit.getThrowsClause().getTypes().forEach(t -> report(leaks, where + " throws", t));
        }
        return leaks;
    }

    /** Public or protected, and written in source: bridges and other compiler output follow what they bridge. */
    private static boolean visible(HasModifiers member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
    }

    /** Looks into generic arguments and bounds too: {@code List<CallScope>} leaks as much as {@code CallScope}. */
    private static void report(Collection<String> leaks, String where, JavaType signatureType) {
        Set<String> internal = new TreeSet<>();
        for (JavaClass raw : signatureType.getAllInvolvedRawTypes()) {
            JavaClass named = raw.isArray() ? raw.getBaseComponentType() : raw;
            if (status(named).filter(s -> s == Status.INTERNAL).isPresent()) {
                internal.add(named.getName());
            }
        }
        internal.forEach(name -> leaks.add(where + " INTERNAL " + name));
    }
}
