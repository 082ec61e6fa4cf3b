package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait after failed logins grows: a minute after a few, an hour after twenty, a day after a hundred. */
class LoginThrottleTest {
    /** A clock the test moves. */
    private static final class Time implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final Time time = new Time();
    private final LoginThrottle throttle = new LoginThrottle(time);

    private long waitAfter(int failures, String client) {
        for (int i = 0; i < failures; i++) {
            throttle.failed("koordination", client + i);
            // spread over time, as a patient attacker would
            time.pass(Duration.ofMinutes(1));
        }
        TooManyRequestsException e = catchThrowableOfType(TooManyRequestsException.class,
                () -> throttle.check("koordination", "192.0.2.250"));
        return e == null ? 0 : e.retryAfterSeconds();
    }

    @Test
    void fourFailuresAMinuteApartCostNothing() {
        assertThat(waitAfter(4, "192.0.2.")).isZero();
    }

    @Test
    void theWaitGrowsFromMinutesToHoursToADay() {
        throttle.failed("koordination", "192.0.2.1");
        for (int i = 0; i < 4; i++) {
            throttle.failed("KOORDINATION", "192.0.2.1");
        }
        long afterFive = waitAfter(0, "");
        long afterTwenty = waitAfter(15, "198.51.100.");
        long afterHundred = waitAfter(80, "203.0.113.");
        assertThat(afterFive).isBetween(1L, 60L);
        assertThat(afterTwenty).isGreaterThan(60L).isLessThanOrEqualTo(3600L);
        assertThat(afterHundred).isGreaterThan(3600L).isLessThanOrEqualTo(86_400L);
    }

    @Test
    void theMessageSaysHowLongInGerman() {
        assertThat(LoginThrottle.message(30)).isEqualTo("Zu viele fehlgeschlagene Anmeldeversuche. Die Anmeldung ist "
                + "vorübergehend gesperrt – bitte versuchen Sie es in einer Minute erneut.");
        assertThat(LoginThrottle.message(1800)).endsWith("in 30 Minuten erneut.");
        assertThat(LoginThrottle.message(80_000)).endsWith("in 23 Stunden erneut.");
    }
}
