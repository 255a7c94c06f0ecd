package nl.kansrijkestart.mdo.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written, for every request body at once: a value of the wrong JSON type is refused
 * rather than converted ({@code 1} is no enum constant, {@code 20260101} no date, {@code "5"} no
 * number, {@code 5.5} no whole number, {@code true} no text), an enum name must match exactly (no
 * padding, no control characters, no index), a date lies between {@link #FIRST_DATE} and
 * {@link #LAST_DATE}, a list holds no {@code null}, a property marked required is not {@code null}
 * either (present is not enough), a key occurs once. Each refusal names its field
 * (see {@link ApiInputProblems}). Unknown properties are refused as well
 * ({@code spring.jackson.deserialization.fail-on-unknown-properties}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /** The dates anything in this application can mean: births of parents to due dates and follow-ups. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .defaultLeniency(false)
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Integer,
                        CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.Integer,
                        CoercionAction.TryConvert).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Boolean,
                        CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.EmptyString,
                        CoercionAction.TryConvert))
                .changeDefaultNullHandling(nulls -> JsonSetter.Value.construct(nulls.getValueNulls(), Nulls.FAIL))
                .addModule(new SimpleModule("strict-input") {
                    @Override
                    public void setupModule(SetupContext context) {
                        super.setupModule(context);
                        context.insertAnnotationIntrospector(new RequiredIsNotNull());
                    }
                }.setDeserializerModifier(new StrictValues()));
    }

    /**
     * A property marked {@code @JsonProperty(required = true)} refuses an explicit {@code null} as it
     * refuses a missing one: Jackson's own check only asks whether the name occurs.
     */
    private static final class RequiredIsNotNull extends NopAnnotationIntrospector {

        @Override
        public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated annotated) {
            JsonProperty property = annotated.getAnnotation(JsonProperty.class);
            return property != null && property.required() ? JsonSetter.Value.forValueNulls(Nulls.FAIL) : null;
        }
    }

    /** Wraps the standard readers of enums and dates with the checks Jackson has no switch for. */
    private static final class StrictValues extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription.Supplier description, ValueDeserializer<?> standard) {
            return new Checked(standard, type.getRawClass());
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> standard) {
            return description.getBeanClass() == LocalDate.class ? new Checked(standard, LocalDate.class) : standard;
        }
    }

    /**
     * Jackson trims enum names (so {@code " FAMILY "} and {@code "FAMILY\u0000"} were read as FAMILY),
     * reads a date from an array ({@code [2027, 5, 1]}) and accepts any ISO year
     * ({@code +999999999-12-31}, which no database column holds).
     */
    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> target;

        Checked(ValueDeserializer<?> standard, Class<?> target) {
            super(standard);
            this.target = target;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standard) {
            return new Checked(standard, target);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (target == LocalDate.class && !parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(target, parser);
            }
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isISOControl)) {
                    return context.handleWeirdStringValue(target, text, "padded or with control characters");
                }
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof LocalDate date && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
                return context.handleWeirdStringValue(target, parser.getString(), "outside %s..%s", FIRST_DATE,
                        LAST_DATE);
            }
            return value;
        }
    }
}
