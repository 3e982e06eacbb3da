package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The questions asked at the stall, on the tablet and on paper: themes, what is wrong, what would help, where. */
@Serdeable
public record InputForm(
        @Nullable List<String> themeCodes,
        @Nullable String problem,
        @Nullable String solution,
        @Nullable String areaCode,
        @Nullable String respondentType) {
}
