package irpcheck.lang.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each thread's labels are: filled while processes are compiled, read by {@code Thread@label}
 * expressions (which may be compiled before the thread they name). Frozen before exploration.
 */
final class LabelTable {
    private final Map<String, List<Integer>> processesOfThread = new HashMap<>();
    private final Map<Integer, Map<String, List<Integer>>> locations = new HashMap<>();
    private final Map<Integer, Integer> pcSlots = new HashMap<>();

    void addProcess(String thread, int process, int pcSlot) {
        processesOfThread.computeIfAbsent(thread, k -> new ArrayList<>()).add(process);
        pcSlots.put(process, pcSlot);
    }

    void addLabel(int process, String label, int location) {
        locations.computeIfAbsent(process, k -> new HashMap<>()).computeIfAbsent(label, k -> new ArrayList<>()).add(location);
    }

    List<Integer> processes(String thread) {
        return processesOfThread.getOrDefault(thread, List.of());
    }

    int pcSlot(int process) {
        return pcSlots.get(process);
    }

    int[] locations(int process, String label) {
        List<Integer> l = locations.getOrDefault(process, Map.of()).getOrDefault(label, List.of());
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
