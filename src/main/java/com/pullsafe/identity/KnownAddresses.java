package com.pullsafe.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The addresses each login signed in from successfully of late, the few most recent per login. Only
 * right passwords add to it, so its size is bounded by the accounts, not by guessers.
 */
final class KnownAddresses {

  static final int PER_LOGIN = 10;
  static final int MAX_LOGINS = 100_000;

  private final Duration keptFor;
  private final Map<String, Map<String, Instant>> byLogin = new ConcurrentHashMap<>();

  KnownAddresses(Duration keptFor) {
    this.keptFor = keptFor;
  }

  boolean isKnown(String login, String address, Instant now) {
    Map<String, Instant> addresses = byLogin.get(login);
    if (addresses == null) {
      return false;
    }
    synchronized (addresses) {
      Instant last = addresses.get(address);
      return last != null && last.plus(keptFor).isAfter(now);
    }
  }

  /** Remembers a successful sign-in; answers when the previous one from there was, if any. */
  Optional<Instant> remember(String login, String address, Instant now) {
    if (byLogin.size() >= MAX_LOGINS && !byLogin.containsKey(login)) {
      byLogin.clear();
    }
    Map<String, Instant> addresses =
        byLogin.computeIfAbsent(login, k -> new LinkedHashMap<>(16, 0.75f, true));
    synchronized (addresses) {
      Instant previous = addresses.put(address, now);
      while (addresses.size() > PER_LOGIN) {
        addresses.remove(addresses.keySet().iterator().next());
      }
      return Optional.ofNullable(previous).filter(at -> at.plus(keptFor).isAfter(now));
    }
  }
}
