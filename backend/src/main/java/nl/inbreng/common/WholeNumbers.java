package nl.inbreng.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A JSON number for a whole-number field ({@code Long}, e.g. {@code roundId}) must be whole: the default reader cut
 * 1.5 down to 1 without a word, so an input could land in another round than the sender meant. 1.5 is refused with a
 * field error (see {@link ProblemErrorResponseProcessor}); 1.0 and 1 are the same number.
 */
@Singleton
@Primary
class WholeNumbers implements Deserializer<Long> {

    static final String MESSAGE = "Vul een heel getal in, zonder komma of punt.";

    @Override
    public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
        BigDecimal value = decoder.decodeBigDecimal();
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidFormatException(MESSAGE, notWhole, value);
        }
    }

    @Override
    public Long deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Long> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        return deserialize(decoder, context, type);
    }

    @Override
    public boolean allowNull() {
        return true;
    }
}
