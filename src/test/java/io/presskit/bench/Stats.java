package io.presskit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Timings of repeated runs; reports the median, with min and max to show the noise. */
final class Stats {
    private final List<Double> ms = new ArrayList<>();

    void add(double millis) {
        ms.add(millis);
    }

    int count() {
        return ms.size();
    }

    double median() {
        List<Double> s = new ArrayList<>(ms);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    String line(String what, double targetMs) {
        List<Double> s = new ArrayList<>(ms);
        s.sort(Double::compare);
        double median = median();
        String verdict = targetMs <= 0 ? "" : median <= targetMs ? "  (target " + fmt(targetMs) + ": met)"
                : String.format(Locale.ROOT, "  (target %s: MISSED by %.0f%%)", fmt(targetMs), 100 * (median / targetMs - 1));
        return String.format(Locale.ROOT, "%-58s median %9s  min %9s  max %9s  n=%d%s", what, fmt(median),
                fmt(s.get(0)), fmt(s.get(s.size() - 1)), s.size(), verdict);
    }

    static String fmt(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
