package irpcheck.model;

import java.util.List;

/**
 * A pool object as reports show it.
 *
 * @param name      {@code Irp#1}
 * @param status    free, live, or retired
 * @param retiredBy for a retired object, the rule its retirement guards ({@code UseAfterComplete}); else ""
 * @param labels    the struct's {@code show} labels whose conditions hold ({@code pending}, {@code cancelled})
 */
public record ObjectView(String name, Status status, String retiredBy, List<String> labels) {

    public ObjectView {
        labels = List.copyOf(labels);
    }

    /** An object's place in its life. */
    public enum Status { FREE, LIVE, RETIRED }
}
