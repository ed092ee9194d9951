package irpcheck.lang.syntax;

import irpcheck.source.SourceFile;
import irpcheck.source.Span;

import java.util.List;

/**
 * One parsed file: {@code model name;} or {@code module name;} followed by declarations. Immutable.
 *
 * @param isModule true for a library ({@code module wdm;}), false for a model
 * @param name     the declared name, or null when the header is missing
 */
public record CompilationUnit(SourceFile file, boolean isModule, Ident name, List<Decl> decls, Span span) {
    public CompilationUnit {
        decls = List.copyOf(decls);
    }
}
