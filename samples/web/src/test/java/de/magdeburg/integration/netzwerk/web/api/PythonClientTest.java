package de.magdeburg.integration.netzwerk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client nobody here wrote drives the API: {@code src/test/python/api_client.py} (Python standard
 * library and pypdf, which fills the form as a partner's tool would) knows only the OpenAPI
 * description, runs the partner flow (get the form, fill it, validate, submit) and the
 * coordinator's (apply, print the attendance sheet). Under {@code CI=true} a missing python3 or
 * pypdf fails the test; elsewhere it is skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:python;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
class PythonClientTest {
    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    @Test
    void aPythonClientRunsThePartnerAndTheCoordinatorFlowFromTheDescriptionAlone() throws Exception {
        String python = python();
        String partner = keys.issue("Bürgerportal (Python)", Set.of(ApiScope.FORMS, ApiScope.DECLARATIONS_SUBMIT));
        String coordinator = keys.issue("Fachverfahren (Python)", Set.of(ApiScope.REGISTER_APPLY,
                ApiScope.DOCUMENTS));
        List<String> command = new ArrayList<>(List.of(python, "src/test/python/api_client.py",
                "http://localhost:" + port + "/api/v1/openapi.json",
                partner + "=forms,declarations:submit", coordinator + "=register:apply,documents"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("api_client.py did not finish in 120 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).as(out).containsExactly(
                "partner: validated, 0 findings, signature NONE",
                out.lines().filter(l -> l.startsWith("partner: submitted, receipt ")).findFirst().orElse("(none)"),
                "partner: a file that is no PDF gives problem NOT_A_PDF",
                out.lines().filter(l -> l.startsWith("coordinator: applied ")).findFirst().orElse("(none)"),
                "coordinator: attendance sheet lists Sprachtreff Süd e. V.",
                "OK");
    }

    /** @return python3 with pypdf; fails under CI=true, skips elsewhere, when either is missing */
    private static String python() throws Exception {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            if (candidate.startsWith("/") && !new File(candidate).canExecute()) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import pypdf").redirectErrorStream(true).start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (java.io.IOException notThere) {
                // try the next one
            }
        }
        String message = "python3 with pypdf is needed (pip install pypdf==6.19.0, see .ci/run)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }
}
