package irpcheck.lang.compile;

import irpcheck.model.TransitionSystem;
import irpcheck.source.SourceFile;

import java.util.List;

/**
 * A model ready to explore: its transition system, what it expects, and the files it came from.
 * Immutable.
 */
public record CompiledModel(String name, SourceFile file, TransitionSystem system, Expectation expectation,
                            List<SourceFile> sources) {
    public CompiledModel {
        sources = List.copyOf(sources);
    }
}
