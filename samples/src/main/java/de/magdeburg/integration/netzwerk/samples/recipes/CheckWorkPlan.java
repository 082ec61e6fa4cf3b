package de.magdeburg.integration.netzwerk.samples.recipes;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import java.nio.file.Path;
import java.util.List;

/** Recipe: check an annual work plan against GO-5.2a, GO-5.2b, GO-5.3 and GO-4.3. */
public final class CheckWorkPlan {
    private CheckWorkPlan() {
    }

    /** @param args PLAN.json */
    public static void main(String[] args) {
        WorkPlan plan = JsonCodec.WORK_PLAN.read(Path.of(args[0]));
        List<Finding> findings = RuleChecks.checkWorkPlan(RulesProfile.magdeburg2016(), plan);
        findings.forEach(f -> System.out.println(f.severity() + " " + f.rule() + " " + f.field() + ": " + f.message()));
    }
}
