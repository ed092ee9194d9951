package irpcheck.model;

/** A thread instance: {@code App}, {@code P[1]}. Immutable. */
public record Process(int index, String name, boolean system) { }
