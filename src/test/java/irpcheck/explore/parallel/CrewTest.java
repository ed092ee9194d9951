package irpcheck.explore.parallel;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The crew runs every part of every job once, joins only when all are done, and hands errors back. */
class CrewTest {

    @Test
    void everyPartOfEveryJobRunsOnceBeforeJoinReturns() {
        for (int size = 2; size <= 5; size++) {
            try (Crew crew = new Crew(size)) {
                AtomicIntegerArray runs = new AtomicIntegerArray(size);
                for (int job = 1; job <= 2_000; job++) {
                    crew.launch(runs::incrementAndGet);
                    runs.incrementAndGet(0);
                    crew.join();
                    for (int part = 0; part < size; part++) {
                        assertEquals(job, runs.get(part), "part " + part + " of " + size);
                    }
                }
            }
        }
    }

    @Test
    void anErrorOnACrewThreadIsRethrownByJoinAndTheCrewGoesOn() {
        try (Crew crew = new Crew(3)) {
            IllegalStateException boom = new IllegalStateException("boom");
            crew.launch(part -> {
                if (part == 2) {
                    throw boom;
                }
            });
            assertSame(boom, assertThrows(IllegalStateException.class, crew::join));
            AtomicIntegerArray runs = new AtomicIntegerArray(3);
            crew.launch(runs::incrementAndGet);
            crew.join();
            assertEquals(1, runs.get(1));
            assertEquals(1, runs.get(2));
        }
    }
}
