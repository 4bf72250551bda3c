package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordLinkTest {

  private static final Instant MADE = Instant.parse("2026-12-01T10:00:00Z");
  private static final String SECRET = TokenSecrets.generateLinkSecret();

  private static PasswordLink link(UserAccount account) {
    return new PasswordLink(account, PasswordLinkPurpose.RESET, SECRET, MADE, Duration.ofHours(1));
  }

  private static UserAccount account() {
    return new UserAccount(null, "admin@portal.test", "Admin", "hash", Role.PLATFORM_ADMIN);
  }

  @Test
  void worksUntilItExpiresAndNotFromThatInstantOn() {
    PasswordLink link = link(account());
    assertTrue(link.works(MADE.plus(Duration.ofMinutes(59))));
    assertFalse(link.works(MADE.plus(Duration.ofHours(1))));
    assertFalse(link.use(MADE.plus(Duration.ofHours(1))));
    assertEquals(null, link.getUsedAt());
  }

  @Test
  void worksOnce() {
    PasswordLink link = link(account());
    assertTrue(link.use(MADE.plusSeconds(10)));
    assertFalse(link.works(MADE.plusSeconds(11)));
    assertFalse(link.use(MADE.plusSeconds(11)));
    assertEquals(MADE.plusSeconds(10), link.getUsedAt());
  }

  @Test
  void aWithdrawnLinkNoLongerWorks() {
    PasswordLink link = link(account());
    link.withdraw(MADE.plusSeconds(5));
    assertFalse(link.works(MADE.plusSeconds(6)));
  }

  @Test
  void aDeactivatedAccountsLinkDoesNotWork() {
    UserAccount account = account();
    PasswordLink link = link(account);
    account.deactivate();
    assertFalse(link.use(MADE.plusSeconds(1)));
  }

  @Test
  void onlyTheHashOfTheSecretIsKept() throws ReflectiveOperationException {
    PasswordLink link = link(account());
    var field = PasswordLink.class.getDeclaredField("tokenHash");
    field.setAccessible(true);
    assertEquals(TokenSecrets.hash(SECRET), field.get(link));
    assertNotEquals(SECRET, field.get(link));
  }

  @Test
  void linkSecretsHaveTheirOwnShapeAndAreNotTokens() {
    assertTrue(TokenSecrets.looksLikeLinkSecret(SECRET));
    assertFalse(TokenSecrets.looksLikeToken(SECRET));
    assertFalse(TokenSecrets.looksLikeLinkSecret(TokenSecrets.generate()));
    assertNotEquals(SECRET, TokenSecrets.generateLinkSecret());
  }

  @Test
  void theLifetimesDefaultTo72HoursAnd1Hour() {
    assertEquals(Duration.ofHours(72), PasswordLinkPurpose.INVITATION.lifetime());
    assertEquals(Duration.ofHours(1), PasswordLinkPurpose.RESET.lifetime());
  }

  @Test
  void noPasswordMatchesAnInvitedAccountsStoredHash() {
    assertFalse(
        new PasswordHasher().verify(PasswordHasher.NO_PASSWORD, PasswordHasher.NO_PASSWORD));
    assertFalse(new PasswordHasher().verify("", PasswordHasher.NO_PASSWORD));
  }
}
