package de.magdeburg.integration.netzwerk.bench;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A batch as a city service runs it after the annual re-confirmation, in its own process so that
 * peak RSS (VmHWM) means something: {@code java -Xmx256m -cp benchmarks.jar
 * de.magdeburg.integration.netzwerk.bench.Batch prefill|read|naive THREADS COUNT}.
 *
 * <p>Every document is different (a numbered organisation) and is consumed (its length summed),
 * as a service would write it out. The batch runs twice in the same JVM: the first in a fresh
 * process (JIT compilation included), the second as a service that has been running would. Prints
 * one line: mode, threads, documents per batch, documents/s of each batch, peak RSS (VmHWM) after
 * both.
 */
public final class Batch {
    private Batch() {
    }

    /**
     * @param args mode, threads, count
     * @throws Exception if a document fails
     */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "prefill";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        DeclarationForm form = DeclarationForm.builder().clock(BenchData.CLOCK).build();
        Declaration base = BenchData.declaration();
        byte[] filled = form.prefilled(base).bytes();
        AtomicLong bytes = new AtomicLong();
        Task task = switch (mode) {
            case "prefill" -> i -> bytes.addAndGet(form.prefilled(numbered(base, i)).bytes().length);
            case "naive" -> i -> bytes.addAndGet(Baselines.naiveForm(numbered(base, i)).length);
            case "read" -> i -> bytes.addAndGet(form.read(Input.of(filled)).declaration().organisation().name().length());
            default -> throw new IllegalArgumentException("mode " + mode + ": prefill, naive or read");
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            run(pool, threads, count, task);
            double first = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            run(pool, threads, count, task);
            double second = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "mode=%s threads=%d docs=%d first_batch_docs_per_s=%.0f"
                    + " second_batch_docs_per_s=%.0f VmHWM_MB=%d%n", mode, threads, count, count / first,
                    count / second, vmHwmMb());
        } finally {
            pool.shutdown();
        }
    }

    private interface Task {
        void run(int i) throws Exception;
    }

    private static void run(ExecutorService pool, int threads, int count, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Future<?>[] futures = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            futures[t] = pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            });
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static Declaration numbered(Declaration d, int i) {
        Organisation o = d.organisation();
        return new Declaration(d.request(), new Organisation(o.name() + " " + i, o.street(), o.postalCode(), o.city()),
                d.listOnPortal(), d.representative(), d.workingGroups(), d.crossGroupMeetings(), d.place(), d.date(),
                d.signatoryName(), d.signature());
    }

    /** Peak resident set size of this process in MB (Linux), -1 elsewhere. */
    static long vmHwmMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
