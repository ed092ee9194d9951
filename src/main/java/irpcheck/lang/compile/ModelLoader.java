package irpcheck.lang.compile;

import irpcheck.lang.check.ModelChecker;
import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.syntax.CompilationUnit;
import irpcheck.lang.syntax.Decl;
import irpcheck.lang.syntax.Ident;
import irpcheck.lang.syntax.Parser;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import irpcheck.source.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front end in one call: read, parse, resolve imports, check and compile a model file.
 * Not thread-safe; use one per load.
 */
public final class ModelLoader {
    /** Libraries shipped inside the jar, under {@code /irpcheck/lib/}. */
    public static final List<String> BUNDLED = List.of("wdm", "ndis");
    static final long MAX_FILE_BYTES = 4 << 20;
    /** How the paths of the bundled libraries begin ({@code <lib>/wdm.irp}). */
    static final String BUNDLED_PREFIX = "<lib>/";

    private final Map<String, CompilationUnit> loaded = new LinkedHashMap<>();
    private final List<String> importStack = new ArrayList<>();

    /**
     * Loads a model. Returns null when any error was reported to {@code diagnostics} (a missing file
     * too); never throws for bad input.
     *
     * @param defines constant overrides from the command line ({@code -D N=3})
     */
    public CompiledModel load(Path file, Map<String, Long> defines, Diagnostics diagnostics) {
        SourceFile main = read(file, file.toString(), null, diagnostics);
        if (main == null) {
            return null;
        }
        return load(main, file.toAbsolutePath().getParent(), defines, diagnostics);
    }

    /** Loads a model from text already in memory; imports are looked up in {@code folder} (may be null). */
    public CompiledModel load(SourceFile main, Path folder, Map<String, Long> defines, Diagnostics diagnostics) {
        CompilationUnit unit = new Parser().parse(main, diagnostics);
        if (unit.isModule()) {
            diagnostics.error("E0290", unit.name() != null ? unit.name().span() : new Span(main, 0, 0),
                    "this file is a module (a library); check a file that starts with `model NAME;`");
        }
        imports(unit, folder, diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        List<CompilationUnit> units = new ArrayList<>(loaded.values());
        units.add(unit);
        Span at = unit.name() != null ? unit.name().span() : new Span(main, 0, 0);
        try {
            ResolvedModel model = new ModelChecker(diagnostics).check(units, defines);
            if (model == null || diagnostics.hasErrors()) {
                return null;
            }
            CompiledSystem system = new SystemCompiler(model).compile();
            return new CompiledModel(model.name(), main, system, Expectations.of(model.expect()), model.sources());
        } catch (CompileError e) {
            diagnostics.error("E0299", at, e.getMessage());
            return null;
        } catch (StackOverflowError e) {
            // The parser's depth limit keeps trees shallow enough for a normal stack; a thread with a
            // small one can still run out in the recursive passes: an error, not a crash.
            diagnostics.error("E0298", at, "this model is nested too deeply for irpcheck's stack",
                    "split deeply nested expressions, blocks or chains of calls");
            return null;
        }
    }

    /** Whether a file is one of the libraries shipped in the jar (the kernel's and NDIS's code, not the driver's). */
    static boolean bundled(SourceFile file) {
        return file.path().startsWith(BUNDLED_PREFIX);
    }

    private void imports(CompilationUnit unit, Path folder, Diagnostics diagnostics) {
        String self = unit.name() == null ? unit.file().path() : unit.name().name();
        importStack.add(self);
        for (Decl d : unit.decls()) {
            if (d instanceof Decl.Import imp) {
                importOne(imp.name(), folder, diagnostics);
            }
        }
        importStack.remove(importStack.size() - 1);
    }

    private void importOne(Ident name, Path folder, Diagnostics diagnostics) {
        String n = name.name();
        if (importStack.contains(n)) {
            List<String> cycle = new ArrayList<>(importStack.subList(importStack.indexOf(n), importStack.size()));
            cycle.add(n);
            diagnostics.error("E0291", name.span(), "import cycle: " + String.join(" -> ", cycle));
            return;
        }
        if (loaded.containsKey(n)) {
            return;
        }
        SourceFile file = locate(name, folder, diagnostics);
        if (file == null) {
            return;
        }
        CompilationUnit unit = new Parser().parse(file, diagnostics);
        if (!unit.isModule()) {
            diagnostics.error("E0292", name.span(), "`" + n + "` is a model, not a module: only modules can be imported",
                    "start " + file.path() + " with `module " + n + ";`");
            return;
        }
        Path next = BUNDLED.contains(n) ? folder : folder == null ? null : folder.resolve(n + ".irp").getParent();
        imports(unit, next, diagnostics);
        loaded.put(n, unit);
    }

    private SourceFile locate(Ident name, Path folder, Diagnostics diagnostics) {
        String n = name.name();
        if (BUNDLED.contains(n)) {
            try (InputStream in = ModelLoader.class.getResourceAsStream("/irpcheck/lib/" + n + ".irp")) {
                if (in != null) {
                    return new SourceFile(BUNDLED_PREFIX + n + ".irp", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                diagnostics.error("E0293", name.span(), "cannot read the bundled library " + n + ": " + e.getMessage());
                return null;
            }
        }
        Path candidate = folder == null ? null : folder.resolve(n + ".irp");
        if (candidate == null || !Files.isRegularFile(candidate)) {
            diagnostics.error("E0294", name.span(), "no module `" + n + "`: not a bundled library and no "
                    + n + ".irp beside this file", "bundled libraries: " + String.join(", ", BUNDLED));
            return null;
        }
        return read(candidate, candidate.toString(), name.span(), diagnostics);
    }

    private static SourceFile read(Path file, String shown, Span from, Diagnostics diagnostics) {
        Span at = from != null ? from : new Span(new SourceFile(shown, ""), 0, 0);
        try {
            if (Files.isDirectory(file)) {
                diagnostics.error("E0001", at, shown + " is a folder, not a model file");
                return null;
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                diagnostics.error("E0002", at, shown + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new SourceFile(shown, text);
        } catch (CharacterCodingException e) {
            diagnostics.error("E0003", at, shown + " is not valid UTF-8 text");
            return null;
        } catch (IOException e) {
            diagnostics.error("E0004", at, "cannot read " + shown + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            return null;
        }
    }
}
