package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Slows down password guessing, by account (the login as typed, normalised, whether or not such an
 * account exists) and by client address. Each ledger lets a few failures pass; after that, the next
 * attempt has to wait a delay that doubles with each further failure, up to a cap, so nobody is
 * locked out for long. Failures are forgiven one by one as time passes.
 *
 * <p>An attempt is counted before its password is hashed: {@link #begin} reserves it, and while
 * attempts beyond the free ones are in flight, parallel attempts are refused. A login is not
 * throttled by account from an address where it signed in successfully lately, so guessing from
 * elsewhere cannot lock its owner out (that address's own ledger still applies).
 *
 * <p>Kept in memory: per server node, and forgotten on restart.
 */
@ApplicationScoped
public class LoginThrottle {

  static final Policy BY_ACCOUNT =
      new Policy(5, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(5));
  static final Policy BY_ADDRESS =
      new Policy(20, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1));

  /** How long a successful sign-in makes its address known for the login. */
  static final Duration KNOWN_ADDRESS_FOR = Duration.ofDays(30);

  /** Which ledger refused an attempt. */
  public enum Scope {
    ACCOUNT,
    ADDRESS
  }

  private final Clock clock;
  private final Ledger accounts = new Ledger(BY_ACCOUNT);
  private final Ledger addresses = new Ledger(BY_ADDRESS);
  private final KnownAddresses known = new KnownAddresses(KNOWN_ADDRESS_FOR);

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Admits or refuses one sign-in attempt. An admitted attempt must be completed with {@link
   * Attempt#failed}, {@link Attempt#succeeded} or {@link Attempt#abandoned}.
   */
  public Attempt begin(String login, String address) {
    Instant now = clock.instant();
    String loginKey = loginKey(login);
    String addressKey = addressKey(address);
    Ledger.Entry account =
        known.isKnown(loginKey, addressKey, now) ? null : accounts.entry(loginKey, now);
    Ledger.Entry from = addresses.entry(addressKey, now);
    Object first = account == null ? from : account;
    synchronized (first) {
      synchronized (from) {
        Optional<Refusal> refusal = refusal(account, Scope.ACCOUNT, now);
        if (refusal.isEmpty()) {
          refusal = refusal(from, Scope.ADDRESS, now);
        }
        if (refusal.isPresent()) {
          return new Attempt(refusal.get(), null, null, loginKey, addressKey);
        }
        if (account != null) {
          account.reserve(now);
        }
        from.reserve(now);
        return new Attempt(null, account, from, loginKey, addressKey);
      }
    }
  }

  private static Optional<Refusal> refusal(Ledger.Entry entry, Scope scope, Instant now) {
    if (entry == null) {
      return Optional.empty();
    }
    return entry.refusal(now).map(wait -> new Refusal(wait, scope, entry.noticeRefusal()));
  }

  static String loginKey(String login) {
    String normalized = UserAccount.normalizeEmail(login);
    return normalized == null ? "" : normalized;
  }

  /** IPv6 clients get a whole /64 each, so they are throttled by that prefix. */
  static String addressKey(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address == null ? "" : address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        prefix.append(':');
      }
      return prefix.append(":/64").toString();
    } catch (UnknownHostException notALiteral) {
      return address;
    }
  }

  /**
   * Why an attempt was refused and when to try again.
   *
   * @param newlyThrottled whether this is the first refusal since the last counted failure, so that
   *     a flood of refused attempts is reported once, not once per request
   */
  public record Refusal(Duration retryAfter, Scope scope, boolean newlyThrottled) {

    /** Whole seconds until an attempt may be admitted, at least one. */
    public long retryAfterSeconds() {
      long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }

  /** One sign-in attempt: refused, or admitted and counted until it is completed. */
  public final class Attempt {

    private final Refusal refusal;
    private final Ledger.Entry account;
    private final Ledger.Entry address;
    private final String loginKey;
    private final String addressKey;
    private final AtomicBoolean completed = new AtomicBoolean();

    private Attempt(
        Refusal refusal,
        Ledger.Entry account,
        Ledger.Entry address,
        String loginKey,
        String addressKey) {
      this.refusal = refusal;
      this.account = account;
      this.address = address;
      this.loginKey = loginKey;
      this.addressKey = addressKey;
      completed.set(refusal != null);
    }

    public boolean isRefused() {
      return refusal != null;
    }

    /** Why the attempt was refused; empty when it was admitted. */
    public Optional<Refusal> refusal() {
      return Optional.ofNullable(refusal);
    }

    /** The password was wrong (or the account may not sign in): counts as a failure. */
    public void failed() {
      complete(true);
    }

    /**
     * The password was right: not a failure, and the address becomes known for the login.
     *
     * @return when the login last signed in from this address, if it did
     */
    public Optional<Instant> succeeded() {
      complete(false);
      return known.remember(loginKey, addressKey, clock.instant());
    }

    /** The attempt was not decided (e.g. no capacity to hash): neither counts. */
    public void abandoned() {
      complete(false);
    }

    private void complete(boolean failure) {
      if (!completed.compareAndSet(false, true)) {
        return;
      }
      Instant now = clock.instant();
      if (account != null) {
        account.complete(failure, now);
      }
      address.complete(failure, now);
    }
  }

  /**
   * How a ledger counts: {@code freeFailures} pass, then the next attempt waits {@code firstDelay},
   * doubled for each further failure up to {@code maxDelay}; one failure is forgiven per {@code
   * forgiveEvery} without new failures.
   */
  record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgiveEvery) {

    Duration delayAfter(int failures) {
      if (failures < freeFailures) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - freeFailures, 20);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }
}
