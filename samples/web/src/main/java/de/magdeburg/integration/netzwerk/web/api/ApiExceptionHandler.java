package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.web.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's controllers as {@code application/problem+json} (RFC 9457): the
 * library's own exceptions with the field (and rule id) they name, the limits with
 * {@code Retry-After}, and Spring MVC's own errors (wrong media type, bad parameter) through
 * {@link ResponseEntityExceptionHandler}. Ordered before the pages' advice, which answers in HTML.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> problem(ApiProblemException e) {
        return answer(e.problem());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        ProblemDetail p = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", e.getMessage()
                + " / Too many requests for now; try again after the Retry-After seconds.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(Bodies.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(Bodies.TooLargeException e) {
        return answer(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", e.getMessage()));
    }

    @ExceptionHandler(ApiLibrary.UnreadableFormException.class)
    ResponseEntity<ProblemDetail> unreadable(ApiLibrary.UnreadableFormException e) {
        ProblemDetail p = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "unreadable-form", e.getMessage());
        p.setProperty("reason", e.reason());
        p.setProperty("rule", "FORM");
        return answer(p);
    }

    @ExceptionHandler(InvalidDataException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDataException e) {
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "invalid-data", e.getMessage());
        p.setProperty("field", e.path());
        return answer(p);
    }

    @ExceptionHandler(NetzwerkException.class)
    ResponseEntity<ProblemDetail> library(NetzwerkException e) {
        return answer(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "rejected", e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
