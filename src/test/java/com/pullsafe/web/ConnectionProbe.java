package com.pullsafe.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only servlet, added to the WAR by {@link SecurityHeadersIT}: says how the application sees
 * the request's connection (scheme, secure, client address). Stores nothing.
 */
@WebServlet("/test-probe/connection")
public class ConnectionProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response
        .getWriter()
        .print(
            "scheme="
                + request.getScheme()
                + " secure="
                + request.isSecure()
                + " remote="
                + request.getRemoteAddr());
  }
}
