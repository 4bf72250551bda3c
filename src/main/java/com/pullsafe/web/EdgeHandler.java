package com.pullsafe.web;

import com.pullsafe.shared.Config;
import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The first handler of every request to the application, ahead of authentication and the servlet
 * filters: it takes a trusted proxy's word for the scheme and the client's address, and sets the
 * {@link SecurityHeaders} when the answer is committed, whoever commits it (a page, the API, the
 * authentication mechanism's 401 or 429, the container's redirect to the login page). Static files
 * go through {@link Compression}.
 *
 * <p>With {@code PULLSAFE_SERVER_TIMING} on, {@link ServerTimingHandler} counts each request's SQL
 * statements.
 *
 * <p>Registered as an Undertow servlet extension (META-INF/services), as WildFly runs those.
 */
public final class EdgeHandler implements HttpHandler {

  private final HttpHandler next;
  private final HttpHandler compressing;
  private final TrustedProxies proxies;

  EdgeHandler(HttpHandler next, TrustedProxies proxies) {
    this.next = next;
    this.compressing = Compression.around(next);
    this.proxies = proxies;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    InetSocketAddress peer = exchange.getSourceAddress();
    InetAddress peerAddress = peer == null ? null : peer.getAddress();
    if (proxies.saysHttps(peerAddress, joined(exchange, Headers.X_FORWARDED_PROTO))) {
      exchange.setRequestScheme("https");
    }
    InetAddress client = proxies.client(peerAddress, joined(exchange, Headers.X_FORWARDED_FOR));
    if (client != null && !client.equals(peerAddress)) {
      exchange.setSourceAddress(new InetSocketAddress(client, 0));
    }
    String path = exchange.getRelativePath();
    String query = exchange.getQueryString();
    exchange.addResponseCommitListener(
        committed ->
            SecurityHeaders.apply(
                path, query, committed.isSecure(), new UndertowAnswer(committed)));
    (SecurityHeaders.isFile(path) ? compressing : next).handleRequest(exchange);
  }

  /** All values of a header, in the order received, as one comma-separated list (or null). */
  private static String joined(HttpServerExchange exchange, HttpString name) {
    HeaderValues values = exchange.getRequestHeaders().get(name);
    return values == null || values.isEmpty() ? null : String.join(",", values);
  }

  /** Puts {@link EdgeHandler} in front of the deployment. */
  public static final class Extension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
      TrustedProxies proxies = TrustedProxies.fromConfig();
      HandlerWrapper wrapper = next -> new EdgeHandler(next, proxies);
      deployment.addInitialHandlerChainWrapper(wrapper);
      if (Config.flag(Config.SERVER_TIMING)) {
        deployment.addOuterHandlerChainWrapper(ServerTimingHandler::new);
      }
    }
  }

  private record UndertowAnswer(HttpServerExchange exchange) implements SecurityHeaders.Answer {

    @Override
    public int status() {
      return exchange.getStatusCode();
    }

    @Override
    public String header(String name) {
      return exchange.getResponseHeaders().getFirst(name);
    }

    @Override
    public void setHeader(String name, String value) {
      exchange.getResponseHeaders().put(HttpString.tryFromString(name), value);
    }
  }
}
