package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A file over the limit, or one refused for now, gets a German message, not an error page. */
@ControllerAdvice
class UploadLimitAdvice {
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return form(model, "Die Datei ist größer als 20 MB und wurde nicht angenommen. Das ausgefüllte "
                + "Formular ist normalerweise kleiner als 1 MB – bitte senden Sie nur das Formular.");
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return form(model, e.getMessage());
    }

    private static String form(Model model, String error) {
        model.addAttribute("src", "/erklaerung/formular.pdf");
        model.addAttribute("error", error);
        return "erklaerung";
    }
}
