package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HashGateTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(12);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void aFreeTurnRunsTheHash() {
    assertEquals(Optional.of("hashed"), new HashGate(2, Duration.ofMillis(10)).run(() -> "hashed"));
  }

  @Test
  void noMoreHashesRunAtOnceThanTheGateAllows() throws Exception {
    HashGate gate = new HashGate(2, Duration.ofSeconds(5));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Future<Optional<Integer>>> results = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      results.add(
          pool.submit(
              () ->
                  gate.run(
                      () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        spin();
                        return running.decrementAndGet();
                      })));
    }
    for (Future<Optional<Integer>> result : results) {
      assertTrue(result.get(10, TimeUnit.SECONDS).isPresent(), "six fit: two run, four wait");
    }

    assertEquals(2, most.get());
  }

  @Test
  void beyondTheWaitingRoomAnAttemptIsTurnedAwayAtOnce() throws Exception {
    HashGate gate = new HashGate(1, Duration.ofSeconds(30));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    pool.submit(
        () ->
            gate.run(
                () -> {
                  started.countDown();
                  await(release);
                  return 0;
                }));
    assertTrue(started.await(5, TimeUnit.SECONDS));

    List<Future<Optional<Integer>>> others = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      others.add(pool.submit(() -> gate.run(() -> 1)));
    }

    int turnedAway = 0;
    int waiting = 0;
    for (Future<Optional<Integer>> other : others) {
      try {
        assertEquals(Optional.empty(), other.get(1, TimeUnit.SECONDS));
        turnedAway++;
      } catch (TimeoutException stillWaiting) {
        waiting++;
      }
    }
    assertEquals(8, turnedAway, "one hashes, two wait, the rest are turned away");
    assertEquals(2, waiting);
    release.countDown();
  }

  @Test
  void aWaitThatOutlastsItsLimitIsTurnedAway() throws Exception {
    HashGate gate = new HashGate(1, Duration.ofMillis(50));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    pool.submit(
        () ->
            gate.run(
                () -> {
                  started.countDown();
                  await(release);
                  return 0;
                }));
    assertTrue(started.await(5, TimeUnit.SECONDS));

    assertEquals(Optional.empty(), gate.run(() -> 1));
    release.countDown();
  }

  private static void spin() {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
