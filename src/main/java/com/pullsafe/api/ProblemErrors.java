package com.pullsafe.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Under {@code /api/}, an error the container answers itself (RESTEasy refuses a Content-Type or an
 * address it cannot parse with a bare {@code sendError}, which would send an HTML page) is problem
 * details too, like every other refusal of the API.
 */
@WebFilter("/api/*")
public class ProblemErrors extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new AsProblem(response));
  }

  /** A response whose {@code sendError} writes problem details. */
  private static final class AsProblem extends HttpServletResponseWrapper {

    AsProblem(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      Response.Status known = Response.Status.fromStatusCode(status);
      if (isCommitted() || known == null) {
        super.sendError(status, message);
        return;
      }
      resetBuffer();
      setStatus(status);
      setContentType(Problems.PROBLEM_JSON.toString());
      String body = Problems.body(known, detailOf(known));
      try {
        getResponse().getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      } catch (IllegalStateException writerInUse) {
        getResponse().setCharacterEncoding(StandardCharsets.UTF_8.name());
        getResponse().getWriter().write(body);
      }
      flushBuffer();
    }

    private static String detailOf(Response.Status status) {
      return status == Response.Status.BAD_REQUEST
          ? RequestErrorMappers.MALFORMED_REQUEST
          : status.getReasonPhrase();
    }
  }
}
