package de.magdeburg.integration.netzwerk.web.api;

import java.util.Objects;
import org.springframework.http.ProblemDetail;

/** A problem an API controller answers with, as it is ({@link ApiExceptionHandler}). */
final class ApiProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemDetail problem;

    ApiProblemException(ProblemDetail problem) {
        super(Objects.requireNonNull(problem, "problem").getDetail());
        this.problem = problem;
    }

    /** @return the problem */
    ProblemDetail problem() {
        return problem;
    }
}
