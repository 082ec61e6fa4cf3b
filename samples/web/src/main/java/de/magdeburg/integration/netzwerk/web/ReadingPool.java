package de.magdeburg.integration.netzwerk.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bounded pool that reads received files: {@code readers} threads, a queue, and a watchdog
 * that ends each reading's wait after {@code readLimit}.
 *
 * <p>A place is reserved before a file is stored and given back when its reading has ended, so
 * the number of files stored but not yet read never exceeds {@code readers + queue}. Java cannot
 * stop a thread: at the limit the watchdog records the final state and interrupts the reader; a
 * library call that ignores the interrupt keeps its thread and its place until it returns, and
 * the intake refuses new files (429) rather than piling them up behind it.
 *
 * <p>Thread-safe.
 */
@Component
class ReadingPool implements DisposableBean {
    private final Semaphore places;
    private final ThreadPoolExecutor readers;
    private final ScheduledExecutorService watchdog;
    private final IntakeProperties limits;

    ReadingPool(IntakeProperties limits) {
        this.limits = limits;
        this.places = new Semaphore(limits.readers() + limits.queue());
        this.readers = new ThreadPoolExecutor(limits.readers(), limits.readers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.readers() + limits.queue()), threads("netzwerk-reader-"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(threads("netzwerk-reader-watchdog-"));
    }

    /** @return whether a place was reserved; if so the caller must {@link #submit} or {@link #release} */
    boolean tryReserve() {
        return places.tryAcquire();
    }

    /** Gives back a reserved place that was not submitted. */
    void release() {
        places.release();
    }

    /**
     * Runs {@code reading} on a reader thread, on a reserved place that it gives back when done.
     *
     * @param reading the reading; it records its own outcome and catches every {@code Throwable}
     * @param atLimit runs once if the reading takes longer than the limit, before the reader is
     *     interrupted; it records the final state
     */
    void submit(Runnable reading, Runnable atLimit) {
        readers.execute(() -> {
            Thread reader = Thread.currentThread();
            Object lock = new Object();
            boolean[] finished = {false};
            ScheduledFuture<?> timer = watchdog.schedule(() -> {
                synchronized (lock) {
                    if (!finished[0]) {
                        try {
                            atLimit.run();
                        } finally {
                            reader.interrupt();
                        }
                    }
                }
            }, limits.readLimit().toMillis(), TimeUnit.MILLISECONDS);
            try {
                reading.run();
            } finally {
                synchronized (lock) {
                    finished[0] = true;
                }
                timer.cancel(false);
                // an interrupt for this reading must not hit the next one on this thread
                Thread.interrupted();
                places.release();
            }
        });
    }

    /** @return places free for new files (readers + queue − files stored and not yet read) */
    int freePlaces() {
        return places.availablePermits();
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
        watchdog.shutdownNow();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
