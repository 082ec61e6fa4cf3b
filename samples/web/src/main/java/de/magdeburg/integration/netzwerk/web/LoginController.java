package de.magdeburg.integration.netzwerk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's login page; Spring Security processes the POST. */
@Controller
class LoginController {
    @GetMapping("/anmelden")
    String login() {
        return "anmelden";
    }
}
