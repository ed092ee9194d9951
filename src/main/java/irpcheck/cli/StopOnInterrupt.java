package irpcheck.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a search: a shutdown hook asks the search to stop, waits for the command to print
 * its report, then ends the process with the report's exit code (the JVM would otherwise exit with
 * 130 and the report would be lost). Removed again when the command finishes normally. Used from two
 * threads: the command's and the hook's.
 */
final class StopOnInterrupt implements AutoCloseable {

    /** How long the hook waits for the report; a stuck search must not keep the process alive. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;
    private volatile int exitCode = ExitCode.INCOMPLETE.code();

    StopOnInterrupt(Search search) {
        this.hook = new Thread(() -> {
            search.requestStop();
            try {
                reported.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(exitCode);
        }, "irpcheck-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The report is out: a pending Ctrl-C may now end the process with this code. */
    void reported(ExitCode code) {
        exitCode = code.code();
        reported.countDown();
    }

    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came in: the hook is running and will end the process with the verdict's code.
        }
    }
}
