package irpcheck.model;

/** A variable and its value as text. Immutable. */
public record NamedValue(String name, String value) { }
