package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The coordinator's login page; Spring Security processes the POST. */
@Controller
class LoginController {
    @GetMapping("/anmelden")
    String login() {
        return "anmelden";
    }

    /** Where {@link LoginThrottle} forwards a refused login; status and Retry-After are set there. */
    @RequestMapping("/anmelden/gesperrt")
    String blocked(HttpServletRequest request, Model model) {
        model.addAttribute("blocked", request.getAttribute(LoginThrottle.MESSAGE));
        return "anmelden";
    }
}
