package com.pullsafe.webhooks;

import com.pullsafe.shared.Config;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the portal posts to, against server-side request forgery into its own network: {@code
 * https://} to a host that is not the machine itself or a private, link-local or unspecified
 * address, checked when an endpoint is added and again (after name resolution) before every send.
 * With {@value Config#WEBHOOK_ALLOW_LOOPBACK_HTTP} (tests, development) {@code http://} to
 * 127.0.0.0/8 is allowed too.
 */
final class EndpointUrl {

  /** Why {@code url} is refused, as a message key; empty when it is acceptable. */
  static Optional<String> refusal(String url, boolean allowLoopbackHttp) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.of("url.malformed");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getUserInfo() != null || uri.getFragment() != null) {
      return Optional.of("url.malformed");
    }
    if (scheme.equals("http") && allowLoopbackHttp && isLoopbackLiteral(host)) {
      return Optional.empty();
    }
    if (!scheme.equals("https")) {
      return Optional.of("url.notHttps");
    }
    if (host.equalsIgnoreCase("localhost") || isInternalLiteral(host)) {
      return Optional.of("url.internal");
    }
    return Optional.empty();
  }

  static Optional<String> refusal(String url) {
    return refusal(url, Config.flag(Config.WEBHOOK_ALLOW_LOOPBACK_HTTP));
  }

  /**
   * Whether {@code host} resolves to an internal address (the check before a send; an https host
   * name may point inside).
   */
  static boolean resolvesInside(String url, boolean allowLoopbackHttp) {
    URI uri = URI.create(url);
    if (allowLoopbackHttp && "http".equalsIgnoreCase(uri.getScheme())) {
      return !isLoopbackLiteral(uri.getHost());
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (internal(address)) {
          return true;
        }
      }
      return false;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isLoopbackLiteral(String host) {
    return host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static boolean isInternalLiteral(String host) {
    boolean literal = host.matches("[0-9.]+") || host.startsWith("[");
    if (!literal) {
      return false;
    }
    try {
      return internal(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return true;
    }
  }

  private static boolean internal(InetAddress address) {
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || isUniqueLocalV6(address);
  }

  private static boolean isUniqueLocalV6(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }

  private EndpointUrl() {}
}
