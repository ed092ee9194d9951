package irpcheck.report;

import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Statistics;
import irpcheck.source.Span;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Number and place formatting shared by the reports, fixed to {@link Locale#ROOT} so that output does
 * not depend on the machine's locale. Stateless.
 */
final class Figures {

    private Figures() { }

    /** {@code 1,234,567}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Seconds with three decimals: {@code 0.420}. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }

    /** Seconds rounded to the millisecond, for JSON. */
    static double secondsValue(Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** Distinct states per second, or 0 when no time was measured. */
    static long statesPerSecond(Statistics s) {
        long nanos = s.elapsed().toNanos();
        return nanos <= 0 ? 0 : Math.round(s.distinct() * 1e9 / nanos);
    }

    /** {@code path:line}. */
    static String place(Span span) {
        return span.file().path() + ":" + span.line();
    }

    /** A duration as the CLI takes it: {@code 30s}, {@code 5m}, {@code 1h}, {@code 1500ms}. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** The options that differ from the defaults, as the user would type them; empty when none. */
    static List<String> options(ExploreOptions o) {
        List<String> parts = new ArrayList<>();
        if (o.continueAfterViolation()) {
            parts.add("--continue");
        }
        if (o.maxStates() > 0) {
            parts.add("--max-states " + o.maxStates());
        }
        if (o.maxDepth() > 0) {
            parts.add("--max-depth " + o.maxDepth());
        }
        if (o.timeLimit() != null) {
            parts.add("--time-limit " + duration(o.timeLimit()));
        }
        if (!o.checkDeadlock()) {
            parts.add("--no-deadlock");
        }
        return parts;
    }
}
