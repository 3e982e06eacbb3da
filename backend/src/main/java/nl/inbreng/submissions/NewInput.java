package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An input that a channel has checked and now hands to {@link StoreInput}: what is wrong, what would help, the themes
 * (primary first; none means "Weet ik niet"), who gives it, how it arrived, where and in which round, and contact
 * details given with consent. Built by name: {@code NewInput.builder().problem(…).channel(…).build()}.
 */
public record NewInput(
        String problem,
        @Nullable String solution,
        List<String> themeCodes,
        Submission.RespondentType respondentType,
        @Nullable String ageBand,
        Submission.Channel channel,
        @Nullable Long gemeenteId,
        @Nullable Long roundId,
        @Nullable Long areaId,
        @Nullable Contact contact,
        @Nullable String receiptHash,
        @Nullable LocalDateTime createdAt) {

    public NewInput {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(respondentType, "respondentType");
        Objects.requireNonNull(channel, "channel");
        themeCodes = List.copyOf(themeCodes);
    }

    /** Contact details the respondent left with consent to be told what happened to the input. */
    public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction; unset fields are empty, the creation moment defaults to the moment of storing. */
    public static final class Builder {
        private @Nullable String problem;
        private @Nullable String solution;
        private final List<String> themeCodes = new ArrayList<>();
        private Submission.@Nullable RespondentType respondentType;
        private @Nullable String ageBand;
        private Submission.@Nullable Channel channel;
        private @Nullable Long gemeenteId;
        private @Nullable Long roundId;
        private @Nullable Long areaId;
        private @Nullable Contact contact;
        private @Nullable String receiptHash;
        private @Nullable LocalDateTime createdAt;

        private Builder() {
        }

        public Builder problem(String value) {
            problem = value;
            return this;
        }

        public Builder solution(@Nullable String value) {
            solution = value;
            return this;
        }

        /** The themes, primary first; an empty list stores a "Weet ik niet" input. */
        public Builder themeCodes(List<String> values) {
            themeCodes.clear();
            themeCodes.addAll(values);
            return this;
        }

        public Builder theme(String code) {
            themeCodes.add(code);
            return this;
        }

        public Builder respondentType(Submission.RespondentType value) {
            respondentType = value;
            return this;
        }

        public Builder ageBand(@Nullable String value) {
            ageBand = value;
            return this;
        }

        public Builder channel(Submission.Channel value) {
            channel = value;
            return this;
        }

        public Builder gemeenteId(@Nullable Long value) {
            gemeenteId = value;
            return this;
        }

        public Builder roundId(@Nullable Long value) {
            roundId = value;
            return this;
        }

        public Builder areaId(@Nullable Long value) {
            areaId = value;
            return this;
        }

        public Builder contact(@Nullable Contact value) {
            contact = value;
            return this;
        }

        /** Only the public form hands out a receipt; other channels leave this empty. */
        public Builder receiptHash(@Nullable String value) {
            receiptHash = value;
            return this;
        }

        /** For inputs collected earlier than they are stored (demo content); by default: now. */
        public Builder createdAt(@Nullable LocalDateTime value) {
            createdAt = value;
            return this;
        }

        public NewInput build() {
            return new NewInput(problem, solution, themeCodes, respondentType, ageBand, channel, gemeenteId, roundId,
                    areaId, contact, receiptHash, createdAt);
        }
    }
}
