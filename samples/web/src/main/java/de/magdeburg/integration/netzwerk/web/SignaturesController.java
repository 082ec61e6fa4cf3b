package de.magdeburg.integration.netzwerk.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The coordinator's page of a received form's signatures (issue 25): integrity and, if configured, trust. */
@Controller
class SignaturesController {
    private final ReceivedStore received;
    private final SignatureAnswers answers;

    SignaturesController(ReceivedStore received, SignatureAnswers answers) {
        this.received = received;
        this.answers = answers;
    }

    @GetMapping("/koordination/eingang/{id}/signaturen")
    String page(@PathVariable long id, Model model) {
        Received r = received.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("received", r);
        model.addAttribute("answers", r.readingJson() == null ? new SignatureAnswers.Answers(java.util.List.of(),
                false) : answers.of(received.content(id)));
        return "koordination/signaturen";
    }
}
