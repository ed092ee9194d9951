package irpcheck.explore.parallel;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** awaitMilestone returns once every crew thread passed it, while they still work; join waits for the rest. */
    @Test
    void theMilestoneIsAwaitedWithoutTheWorkAfterIt() throws InterruptedException {
        for (int size = 2; size <= 4; size++) {
            try (Crew crew = new Crew(size)) {
                AtomicIntegerArray before = new AtomicIntegerArray(size);
                CountDownLatch release = new CountDownLatch(1);
                CountDownLatch after = new CountDownLatch(size - 1);
                crew.launch(part -> {
                    before.incrementAndGet(part);
                    crew.milestone();
                    try {
                        assertTrue(release.await(10, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    after.countDown();
                });
                crew.awaitMilestone();
                for (int part = 1; part < size; part++) {
                    assertEquals(1, before.get(part), "part " + part + " of " + size);
                }
                assertEquals(size - 1, after.getCount(), "no crew thread got past the work after the milestone");
                release.countDown();
                crew.join();
                assertEquals(0, after.getCount());
            }
        }
    }

    @Test
    void anErrorBeforeTheMilestoneIsRethrownByAwaitMilestone() {
        try (Crew crew = new Crew(3)) {
            IllegalStateException boom = new IllegalStateException("boom");
            crew.launch(part -> {
                if (part == 1) {
                    throw boom;
                }
                crew.milestone();
            });
            assertSame(boom, assertThrows(IllegalStateException.class, crew::awaitMilestone));
            crew.launch(part -> crew.milestone());
            crew.awaitMilestone();
            crew.join();
        }
    }
}
