package com.pullsafe.web;

import com.pullsafe.shared.SqlStatementCount;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HttpString;

/**
 * Counts the SQL statements of a request on the thread that runs its servlet (authentication
 * included) and tells them in the {@code Server-Timing} header, when {@code PULLSAFE_SERVER_TIMING}
 * is on. Headers leave with the first byte of the body, so the answer is buffered up to {@value
 * #BUFFER_BYTES} bytes: a page's count then covers its whole rendering.
 */
final class ServerTimingHandler implements HttpHandler {

  static final String HEADER = "Server-Timing";
  static final int BUFFER_BYTES = 1 << 20;

  private static final HttpString HEADER_NAME = new HttpString(HEADER);

  private final HttpHandler next;

  ServerTimingHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    SqlStatementCount count = SqlStatementCount.start();
    try {
      exchange.addResponseCommitListener(
          committed -> committed.getResponseHeaders().add(HEADER_NAME, count.serverTiming()));
      ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
      if (servlet != null && !servlet.getServletResponse().isCommitted()) {
        servlet.getServletResponse().setBufferSize(BUFFER_BYTES);
      }
      next.handleRequest(exchange);
    } finally {
      count.stop();
    }
  }
}
