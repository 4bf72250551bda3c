package com.pullsafe.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EndpointLanesTest {

  private static final long SLOW = 1;
  private static final long OTHER = 2;

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    executor.shutdownNow();
  }

  @Test
  void anEndpointThatNeverFinishesDoesNotHoldUpAnother() throws InterruptedException {
    CountDownLatch otherDrained = new CountDownLatch(1);
    EndpointLanes lanes =
        new EndpointLanes(
            4,
            executor,
            id -> {
              if (id == SLOW) {
                awaitRelease();
              } else {
                otherDrained.countDown();
              }
            });

    lanes.request(SLOW);
    lanes.request(OTHER);

    assertTrue(otherDrained.await(10, TimeUnit.SECONDS), "the other endpoint waited");
  }

  @Test
  void noMoreLanesRunThanTheBoundAndAWaitingEndpointGetsTheNextFreeOne()
      throws InterruptedException {
    Set<Long> started = ConcurrentHashMap.newKeySet();
    Semaphore startedCount = new Semaphore(0);
    Map<Long, CountDownLatch> finish = Map.of(1L, new CountDownLatch(1), 2L, new CountDownLatch(1));
    EndpointLanes lanes =
        new EndpointLanes(
            2,
            executor,
            id -> {
              started.add(id);
              startedCount.release();
              await(finish.getOrDefault(id, new CountDownLatch(0)));
            });

    lanes.request(1);
    lanes.request(2);
    lanes.request(3);
    assertTrue(startedCount.tryAcquire(2, 10, TimeUnit.SECONDS));
    assertEquals(Set.of(1L, 2L), started);
    assertEquals(2, lanes.running());

    finish.get(1L).countDown();
    assertTrue(startedCount.tryAcquire(1, 10, TimeUnit.SECONDS), "the third never started");
    assertTrue(started.contains(3L));
  }

  @Test
  void anEndpointAskedForWhileItsLaneRunsIsDrainedAgainButNeverTwiceAtOnce()
      throws InterruptedException {
    AtomicInteger drains = new AtomicInteger();
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    EndpointLanes lanes =
        new EndpointLanes(
            4,
            executor,
            id -> {
              mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
              if (drains.incrementAndGet() == 1) {
                firstStarted.countDown();
                awaitRelease();
              } else {
                secondDone.countDown();
              }
              atOnce.decrementAndGet();
            });

    lanes.request(SLOW);
    assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
    lanes.request(SLOW);
    lanes.request(SLOW);
    assertFalse(secondDone.await(0, TimeUnit.SECONDS), "drained twice at once");
    release.countDown();

    assertTrue(secondDone.await(10, TimeUnit.SECONDS), "not drained again");
    assertEquals(1, mostAtOnce.get());
  }

  private void awaitRelease() {
    await(release);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
