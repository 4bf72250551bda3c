package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private static InetAddress ip(String literal) {
    InetAddress address = TrustedProxies.literal(literal);
    if (address == null) {
      throw new IllegalArgumentException(literal);
    }
    return address;
  }

  @Test
  void byDefaultNobodyIsTrustedToSayHttps() {
    TrustedProxies none = TrustedProxies.parse("");

    assertTrue(none.isEmpty());
    assertFalse(none.saysHttps(ip("127.0.0.1"), "https"));
  }

  @Test
  void aTrustedProxySayingHttpsIsBelieved() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.5");

    assertTrue(proxies.saysHttps(ip("10.0.0.5"), "https"));
    assertTrue(proxies.saysHttps(ip("10.0.0.5"), "HTTPS"));
  }

  @Test
  void anUntrustedClientSayingHttpsIsIgnored() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.5");

    assertFalse(proxies.saysHttps(ip("10.0.0.6"), "https"));
  }

  @Test
  void aTrustedProxySayingHttpIsBelievedToo() {
    assertFalse(TrustedProxies.parse("10.0.0.5").saysHttps(ip("10.0.0.5"), "http"));
    assertFalse(TrustedProxies.parse("10.0.0.5").saysHttps(ip("10.0.0.5"), null));
  }

  @Test
  void theProxysOwnLastValueCountsNotOneTheClientPutBeforeIt() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.5");

    assertFalse(proxies.saysHttps(ip("10.0.0.5"), "https, http"));
    assertTrue(proxies.saysHttps(ip("10.0.0.5"), "http,https"));
  }

  @Test
  void cidrBlocksCoverTheirAddressesOnly() {
    TrustedProxies proxies = TrustedProxies.parse("10.1.0.0/16, 192.168.7.128/25");

    assertTrue(proxies.trusts(ip("10.1.255.3")));
    assertFalse(proxies.trusts(ip("10.2.0.1")));
    assertTrue(proxies.trusts(ip("192.168.7.200")));
    assertFalse(proxies.trusts(ip("192.168.7.127")));
  }

  @Test
  void ipv6AddressesAndBlocksWork() {
    TrustedProxies proxies = TrustedProxies.parse("::1, fd00:1::/32");

    assertTrue(proxies.trusts(ip("::1")));
    assertTrue(proxies.trusts(ip("fd00:1:ffff::7")));
    assertFalse(proxies.trusts(ip("fd00:2::7")));
    assertFalse(proxies.trusts(ip("127.0.0.1")));
  }

  @Test
  void anEntryThatIsNoAddressIsRefusedByName() {
    IllegalArgumentException hostName =
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.local"));
    assertTrue(hostName.getMessage().contains("PULLSAFE_TRUSTED_PROXIES"), hostName.getMessage());
    assertTrue(hostName.getMessage().contains("proxy.local"), hostName.getMessage());

    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.256"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/x"));
  }

  @Test
  void literalsNeverNeedALookup() {
    assertNull(TrustedProxies.literal("localhost"));
    assertNull(TrustedProxies.literal("999.1.1.1"));
    assertNull(TrustedProxies.literal("1.2.3.4:80"));
    assertEquals(ip("::1"), TrustedProxies.literal("[::1]"));
  }

  @Test
  void theClientBehindATrustedProxyIsTheLastUntrustedHop() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.5, 10.0.0.6");

    assertEquals(ip("203.0.113.9"), proxies.client(ip("10.0.0.5"), "203.0.113.9"));
    assertEquals(
        ip("203.0.113.9"),
        proxies.client(ip("10.0.0.5"), "198.51.100.1, 203.0.113.9, 10.0.0.6"),
        "the entry the client wrote itself (198.51.100.1) proves nothing");
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverItSays() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.5");

    assertEquals(ip("10.0.0.9"), proxies.client(ip("10.0.0.9"), "203.0.113.9"));
  }

  @Test
  void anUnreadableForwardedForStopsAtTheLastReadableHop() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.5");

    assertEquals(ip("10.0.0.5"), proxies.client(ip("10.0.0.5"), "unknown"));
    assertEquals(ip("203.0.113.9"), proxies.client(ip("10.0.0.5"), "evil, 203.0.113.9"));
  }
}
