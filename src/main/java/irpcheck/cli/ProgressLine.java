package irpcheck.cli;

import irpcheck.explore.SearchListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints the explorer's progress events on standard error, one line each, so that a long run shows
 * it is alive without disturbing the report on standard output. Called from the search's thread.
 */
final class ProgressLine implements SearchListener {

    private final PrintWriter err;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(Progress p) {
        err.println(String.format(Locale.ROOT,
                "progress: %,d generated, %,d distinct, depth %,d, queue %,d, %,.0f states/s, %ds",
                p.generated(), p.distinct(), p.depth(), p.queue(), p.statesPerSecond(), p.elapsed().toSeconds()));
        err.flush();
    }
}
