package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Ident;

/**
 * One thread's thread variable as an expression names it: {@code Thread.x} ({@code index} null) or
 * {@code Thread[i].x}. Immutable.
 */
public record ThreadSlot(ResolvedModel.ThreadDef thread, Expr index, Ident variable) { }
