package nl.inbreng.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text as it may enter Inbreng, at the edge: every JSON string is read through here, and the spreadsheet readers and
 * writers use {@link #clean}. Control characters (NUL and the rest of C0 except tab and line breaks, DEL, and C1)
 * have no place in a resident's text; they broke CSV exports and can hide text from a reader. They are dropped, not
 * refused: a paste from a word processor can carry them without the writer seeing them
 * (docs/adr/0119-hardening-at-the-edge.md).
 */
@Singleton
@Primary
public class InputText implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return clean(decoder.decodeString());
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
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

    /** The text without control characters; tab, line feed and carriage return stay. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
