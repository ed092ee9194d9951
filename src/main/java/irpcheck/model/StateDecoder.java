package irpcheck.model;

import java.util.List;

/** Turns a packed state back into what a person reads. Implementations are immutable. */
public interface StateDecoder {

    /** Every variable's value, in a fixed order, named as the model names it ({@code App.irp}, {@code Irp#1.Cancel}). */
    List<NamedValue> values(int[] state);

    /** Every pool object with its life status. */
    List<ObjectView> objects(int[] state);

    /** Where a process stands: {@code NdisProtWrite:14} or {@code done}. */
    String location(int[] state, int process);
}
