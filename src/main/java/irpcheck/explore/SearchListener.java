package irpcheck.explore;

/** Observes a search: progress lines, coverage, statistics. Every method has a do-nothing default. */
public interface SearchListener {

    SearchListener NONE = new SearchListener() { };

    /** Called every {@link ExploreOptions#progressInterval()} during a long search. */
    default void progress(Progress progress) { }

    /** Called once per action taken (successor computed), with the action's id. */
    default void actionTaken(int actionId) { }

    /** Figures of a search still running. */
    record Progress(long generated, long distinct, int depth, long queue, double statesPerSecond,
                    java.time.Duration elapsed) { }
}
