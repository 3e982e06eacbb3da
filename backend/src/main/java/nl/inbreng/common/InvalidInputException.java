package nl.inbreng.common;

import java.util.List;

/** Thrown by a use case when input breaks its rules; becomes a 400 problem with field errors. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super("invalid input", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
