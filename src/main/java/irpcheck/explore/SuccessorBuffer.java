package irpcheck.explore;

import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the transitions of one state into buffers reused from state to state, so that expanding a
 * state allocates nothing once the buffers have grown to the model's branching. Also builds the list of
 * distinct enabled action ids handed to the {@link ReductionPolicy} and marks the ones it selects.
 * Not thread-safe: one per state of a {@link Batch}, filled by one thread at a time.
 */
final class SuccessorBuffer implements SuccessorSink {

    /** A rule broken by taking an action. Immutable. */
    record ActionViolation(int actionId, Violation violation) { }

    private final int width;
    private int[] actionIds = new int[16];
    private int[][] states = new int[16][];
    private int count;
    private final List<ActionViolation> violations = new ArrayList<>();

    private int[] enabled = new int[16];
    private int enabledCount;
    private int[] seenStamp;
    private int[] selectedStamp;
    private int stamp;
    private boolean allSelected;
    private boolean selectDone;
    private boolean reduced;

    // filled for a packing store (PackingStore) by the thread that expands the state: each successor's
    // packed words and hash
    private int words;
    private long[] packed = new long[0];
    private long[] hashes = new long[16];
    private int packedCount;

    SuccessorBuffer(int width, int actionCount) {
        this.width = width;
        this.seenStamp = new int[actionCount];
        this.selectedStamp = new int[actionCount];
    }

    /** Forgets the previous state's transitions. */
    void clear() {
        count = 0;
        enabledCount = 0;
        violations.clear();
        allSelected = true;
        selectDone = false;
        packedCount = 0;
        if (++stamp == Integer.MAX_VALUE) {
            // stamps wrapped: reset the marks so that old stamps cannot match a new one
            Arrays.fill(seenStamp, 0);
            Arrays.fill(selectedStamp, 0);
            stamp = 1;
        }
    }

    @Override
    public void successor(int actionId, int[] next) {
        if (next.length != width) {
            throw new IllegalArgumentException("successor of " + next.length + " ints, states have " + width);
        }
        if (count == actionIds.length) {
            actionIds = Arrays.copyOf(actionIds, count * 2);
            states = Arrays.copyOf(states, count * 2);
        }
        if (states[count] == null) {
            states[count] = new int[width];
        }
        System.arraycopy(next, 0, states[count], 0, width);
        actionIds[count++] = actionId;
        noteEnabled(actionId);
    }

    @Override
    public void violation(int actionId, Violation violation) {
        violations.add(new ActionViolation(actionId, violation));
    }

    private void noteEnabled(int actionId) {
        if (seenStamp[actionId] == stamp) {
            return;
        }
        seenStamp[actionId] = stamp;
        if (enabledCount == enabled.length) {
            enabled = Arrays.copyOf(enabled, enabledCount * 2);
        }
        enabled[enabledCount++] = actionId;
    }

    /**
     * Lets the policy choose which enabled actions to explore; true when it left some out. The choice is
     * made once per state: a second call (the search's, after a worker chose) returns the first answer.
     */
    boolean select(ReductionPolicy policy, TransitionSystem system, int[] state) {
        if (selectDone) {
            return reduced;
        }
        int chosen = policy.select(system, state, enabled, enabledCount);
        if (chosen < 0 || chosen > enabledCount) {
            throw new IllegalStateException("reduction policy chose " + chosen + " of " + enabledCount + " actions");
        }
        allSelected = chosen == enabledCount;
        for (int i = 0; i < chosen; i++) {
            selectedStamp[enabled[i]] = stamp;
        }
        selectDone = true;
        reduced = !allSelected;
        return reduced;
    }

    /**
     * Packs and hashes every successor for {@code store}, on the thread that expands the state. A
     * successor that does not fit the layout ends the packing: it and the ones after it are left to
     * {@link StateStore#add}, which refuses it at the point of the search where a sequential search would.
     */
    void pack(PackingStore store) {
        words = store.wordsPerState();
        if (hashes.length < count) {
            int n = Math.max(count, hashes.length * 2);
            hashes = new long[n];
        }
        if (packed.length < count * words) {
            packed = new long[Math.max(count, 2 * packed.length / Math.max(1, words)) * words];
        }
        int k = 0;
        while (k < count && store.pack(states[k], packed, k * words)) {
            hashes[k] = store.hash(packed, k * words);
            k++;
        }
        packedCount = k;
    }

    /** Successors packed by {@link #pack}: those from 0. */
    int packedCount() {
        return packedCount;
    }

    long[] packed() {
        return packed;
    }

    int packedAt(int i) {
        return i * words;
    }

    long hash(int i) {
        return hashes[i];
    }

    int count() {
        return count;
    }

    int actionId(int i) {
        return actionIds[i];
    }

    int[] state(int i) {
        return states[i];
    }

    boolean selected(int i) {
        return allSelected || selectedStamp[actionIds[i]] == stamp;
    }

    List<ActionViolation> violations() {
        return violations;
    }
}
