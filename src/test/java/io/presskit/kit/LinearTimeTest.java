package io.presskit.kit;

import io.presskit.kit.document.Inline;
import io.presskit.kit.font.KitFonts;
import io.presskit.kit.layout.LineBreaker;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Setting text takes time linear in its length, whatever the text (hardening issue, item 7: one unbroken
 * word of 100,000 characters used to take minutes, since token patterns rescanned the word from every
 * position). Small inputs, then sixteen times longer: linear work takes about sixteen times as long,
 * quadratic work 256 times; the bound, 64, is far from both, and each figure is the best of several runs,
 * so that a busy machine does not decide the result. No absolute time is asserted.
 */
class LinearTimeTest {
    /** Large enough that both sizes are past the processor's caches, which make short texts cheaper per character. */
    private static final int SMALL = 32_000;
    private static final int RATIO = 8;
    /** Linear work: about 8×; quadratic: 64×. */
    private static final double BOUND = 32;

    /** Unbroken runs of each kind a token pattern or the cutting might stumble on. */
    private static final List<IntFunction<String>> WORDS = List.of(
            n -> "a".repeat(n),                       // one Latin word
            n -> "7".repeat(n),                       // digits: the phone pattern
            n -> "a.".repeat(n / 2),                  // dotted: the email and URL patterns
            n -> "https://example.com/" + "x".repeat(n), // a URL that never ends
            n -> "a@b".repeat(n / 3));                // at-signs without a domain end

    private static long best(Runnable work, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    @Test
    void breakingAnUnbrokenRunIntoLinesIsLinear() {
        LineBreaker breaker = new LineBreaker(KitFonts.shared(), 0.15f);
        for (IntFunction<String> word : WORDS) {
            String small = word.apply(SMALL);
            String large = word.apply(SMALL * RATIO);
            Runnable setSmall = () -> breaker.lines(List.of(styled(small)), "en-US", 467, false);
            Runnable setLarge = () -> breaker.lines(List.of(styled(large)), "en-US", 467, false);
            best(setSmall, 3); // warm up the JIT
            long small1 = best(setSmall, 5);
            // A quadratic regression would take minutes here: stop at the bound instead (a ratio, not a time).
            long limit = Math.max(Duration.ofSeconds(2).toNanos(), (long) (BOUND * small1));
            assertTimeoutPreemptively(Duration.ofNanos(limit), setLarge::run,
                    () -> large.substring(0, 12) + "…: " + RATIO + "× the text takes over " + BOUND + "× the time");
            double ratio = (double) best(setLarge, 5) / small1;
            assertTrue(ratio < BOUND, large.substring(0, 12) + "…: " + RATIO + "× the text took " + ratio + "× the time");
        }
    }

    @Test
    void exportingAReleaseWithAnUnbrokenWordIsLinear() throws Exception {
        Runnable small = () -> export("a".repeat(SMALL));
        Runnable large = () -> export("a".repeat(SMALL * RATIO));
        best(large, 2);
        double ratio = (double) best(large, 3) / best(small, 3);
        assertTrue(ratio < BOUND, RATIO + "× the word took " + ratio + "× the time");
    }

    private static LineBreaker.Styled styled(String text) {
        return new LineBreaker.Styled(Inline.plain(text), KitFonts.Style.REGULAR, 10.5f, Color.BLACK, false);
    }

    private static void export(String word) {
        Release r = new Release("en-GB", null, null, ReleaseTiming.IMMEDIATE, "A long word", null, List.of(), null,
                List.of("Before " + word + " after."), null, List.of(), List.of(), null, List.of());
        try {
            KitExporter.shared().export(r, photo -> null, new KitOptions(PaperSize.A4, Instant.EPOCH),
                    new ByteArrayOutputStream(), KitProgress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
