package com.pullsafe.web;

import com.pullsafe.shared.Config;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies the admin trusts to say how a request reached them ({@code X-Forwarded-Proto}, {@code
 * X-Forwarded-For}): the addresses and CIDR blocks of {@value #SETTING}, none by default. A header
 * from any other client is ignored, so nobody can claim HTTPS or another address by sending it.
 */
public final class TrustedProxies {

  /** Comma-separated IP addresses and CIDR blocks, e.g. {@code 10.0.0.5, 10.1.0.0/16, ::1}. */
  public static final String SETTING = "PULLSAFE_TRUSTED_PROXIES";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  public static TrustedProxies fromConfig() {
    return parse(Config.get(SETTING).orElse(""));
  }

  /**
   * Reads a comma-separated list of IP addresses and CIDR blocks. Host names are refused, so that
   * the decision never depends on a DNS answer.
   *
   * @throws IllegalArgumentException naming the entry that is neither
   */
  public static TrustedProxies parse(String list) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : list.split(",")) {
      String trimmed = entry.strip();
      if (!trimmed.isEmpty()) {
        blocks.add(Block.parse(trimmed));
      }
    }
    return new TrustedProxies(blocks);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  public boolean trusts(InetAddress peer) {
    return peer != null && blocks.stream().anyMatch(block -> block.contains(peer));
  }

  /**
   * Whether the client reached the trusted proxy {@code peer} over HTTPS: the proxy's own (last)
   * value of {@code X-Forwarded-Proto} says {@code https}. False for an untrusted peer.
   */
  public boolean saysHttps(InetAddress peer, String forwardedProto) {
    if (forwardedProto == null || !trusts(peer)) {
      return false;
    }
    String[] values = forwardedProto.split(",");
    return "https".equalsIgnoreCase(values[values.length - 1].strip());
  }

  /**
   * The client's address: for a trusted proxy, the last address of {@code X-Forwarded-For} that is
   * not itself a trusted proxy (the entries left of it were written by the client and prove
   * nothing); otherwise, or when the header is missing or unreadable, the peer itself.
   */
  public InetAddress client(InetAddress peer, String forwardedFor) {
    if (forwardedFor == null || !trusts(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    InetAddress client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      InetAddress hop = literal(hops[i].strip());
      if (hop == null) {
        return client;
      }
      client = hop;
      if (!trusts(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** The address written as an IP literal, or null: never a DNS lookup. */
  static InetAddress literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    try {
      if (IPV4.matcher(bare).matches()) {
        return InetAddress.getByAddress(ipv4(bare));
      }
      // With a colon in it, Java reads the text as an IPv6 literal or refuses it; it never resolves
      // it.
      return IPV6.matcher(bare).matches() ? InetAddress.getByName(bare) : null;
    } catch (UnknownHostException | NumberFormatException notAnAddress) {
      return null;
    }
  }

  private static byte[] ipv4(String dotted) {
    String[] parts = dotted.split("\\.");
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      int value = Integer.parseInt(parts[i]);
      if (value > 255) {
        throw new NumberFormatException(dotted);
      }
      bytes[i] = (byte) value;
    }
    return bytes;
  }

  /** One address or CIDR block. */
  private record Block(byte[] network, int prefixBits) {

    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      InetAddress parsed = literal(address);
      if (parsed == null) {
        throw invalid(entry);
      }
      byte[] bytes = parsed.getAddress();
      int bits = bytes.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException notANumber) {
          throw invalid(entry);
        }
        if (bits < 0 || bits > bytes.length * 8) {
          throw invalid(entry);
        }
      }
      return new Block(bytes, bits);
    }

    private static IllegalArgumentException invalid(String entry) {
      return new IllegalArgumentException(
          SETTING + ": '" + entry + "' is neither an IP address nor a CIDR block");
    }

    boolean contains(InetAddress candidate) {
      byte[] bytes = candidate.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int whole = prefixBits / 8;
      for (int i = 0; i < whole; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixBits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (bytes[whole] & mask) == (network[whole] & mask);
    }
  }
}
