package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** A rough guard, not a benchmark (bench/ has JMH): CPU time per warm pre-filled form and read. */
class PerformanceTest {
    @Test
    void warmPrefilledFormAndReadTakeFewMillisecondsOfCpu() {
        var d = Samples.complete();
        byte[] pdf = Samples.FORM.prefilled(d);
        for (int i = 0; i < 100; i++) {
            Samples.FORM.prefilled(d);
            Samples.FORM.read(pdf);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = 100;
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Samples.FORM.prefilled(d);
        }
        double writeCpu = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        double writeWall = (System.nanoTime() - wall) / 1e6 / n;
        cpu = mx.getCurrentThreadCpuTime();
        wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Samples.FORM.read(pdf);
        }
        double readCpu = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        double readWall = (System.nanoTime() - wall) / 1e6 / n;
        System.out.printf("prefilled: %.2f ms CPU (%.2f ms wall); read: %.2f ms CPU (%.2f ms wall)%n", writeCpu,
                writeWall, readCpu, readWall);
        assertThat(writeCpu).isLessThan(50);
        assertThat(readCpu).isLessThan(50);
    }
}
