package irpcheck.lang.compile;

import irpcheck.source.Diagnostics;

import java.nio.file.Path;
import java.util.Map;

/**
 * The front end in one call: read, parse, resolve imports, check and compile a model file.
 * Stateless.
 */
public final class ModelLoader {

    /**
     * Loads a model. Returns null when any error was reported to {@code diagnostics} (a missing file
     * too); never throws for bad input.
     *
     * @param defines constant overrides from the command line ({@code -D N=3})
     */
    public CompiledModel load(Path file, Map<String, Long> defines, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("front end not wired yet");
    }
}
