package de.magdeburg.integration.netzwerk.forms;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures the peak heap of one read of each hostile class (the figure README's "Untrusted input"
 * states): generates the files first, then per file a full GC, a reset of the heap pools' peaks,
 * one read, and the sum of the pools' peaks minus the heap in use before. Run with a small heap to
 * show the reads fit in it, e.g.
 * {@code java -Xmx64m -cp <test classpath> de.magdeburg.integration.netzwerk.forms.HostilePeakHeap}.
 */
final class HostilePeakHeap {
    private HostilePeakHeap() {
    }

    public static void main(String[] args) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        HostileStructures.all(HostileStructures.declaration()).forEach((k, v) -> files.put("declaration: " + k, v));
        HostileStructures.all(HostileStructures.attendanceSheet()).forEach((k, v) -> files.put("sheet: " + k, v));
        files.put("declaration: 1 GiB field value", HostileInputs.bombInFieldValue());
        files.put("declaration: 1 GiB appearance, XMP, XFA", HostileInputs.bombInAppearanceMetadataAndXfa());
        files.put("declaration: ours, normal", Samples.FORM.prefilled(Samples.complete()).bytes());
        AttendanceSheetReader sheets = AttendanceSheetReader.create();
        long maxPeak = 0;
        System.out.printf("heap max %d MiB, ReadLimits.maxBytes %d MiB%n", Runtime.getRuntime().maxMemory() >> 20,
                ReadLimits.DEFAULT_MAX_BYTES >> 20);
        for (var e : files.entrySet()) {
            System.gc();
            long before = used();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            String outcome;
            try {
                outcome = e.getKey().startsWith("sheet") ? sheets.read(Input.of(e.getValue())).size() + " records"
                        : "read, " + Samples.FORM.read(Input.of(e.getValue())).findings().size() + " findings";
            } catch (FormReadException x) {
                outcome = x.reason().toString();
            }
            long peak = peak() - before;
            maxPeak = Math.max(maxPeak, peak);
            System.out.printf("%-50s %-22s file %6d kB  peak +%4d MiB%n", e.getKey(), outcome,
                    e.getValue().length >> 10, peak >> 20);
        }
        System.out.printf("largest peak: +%d MiB%n", maxPeak >> 20);
    }

    private static long used() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long peak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
