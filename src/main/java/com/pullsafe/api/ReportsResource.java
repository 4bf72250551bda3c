package com.pullsafe.api;

import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.InvalidInput;
import com.pullsafe.reports.ReportSubmission;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.QueueFilter;
import com.pullsafe.review.QueuePage;
import com.pullsafe.review.ReviewQueue;
import com.pullsafe.review.ReviewService;
import com.pullsafe.review.ReviewView;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.function.Function;

/**
 * {@code /api/v1/reports}: api-v1 rows {@code POST /reports}, {@code GET /reports/{id}}, {@code GET
 * /reports?flagged=true&status=OPEN} and {@code POST /reports/{id}/review}.
 */
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @Inject private ReportSubmission submission;
  @Inject private ReviewQueue queue;
  @Inject private ReviewService reviews;
  @Context private UriInfo uri;

  @POST
  public Response submit(ReportBody body) {
    ReportView report = submission.submit(required(body).toNewReport());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(report.id())).build())
        .entity(TriagedReport.of(report))
        .build();
  }

  @GET
  @Path("{id}")
  public ReportDetails report(@PathParam("id") long id) {
    return ReportDetails.of(reviews.detail(id));
  }

  /** The queue: AMBER and above, level high to low, then oldest first; paged in the database. */
  @GET
  public Page<QueueEntry> queue(
      @QueryParam("flagged") @DefaultValue("true") String flagged,
      @QueryParam("status") @DefaultValue("OPEN") String status,
      @QueryParam("level") String level,
      @QueryParam("athleteId") String athleteId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) String size) {
    FieldChecks checks = new FieldChecks();
    checks.check("true".equals(flagged.strip()), "flagged", "must be true: the queue holds flagged reports");
    ReviewStatus s = parse(checks, "status", status, code(ReviewStatus.class), "OPEN or REVIEWED");
    Level l = parse(checks, "level", level, code(Level.class), names(Level.values()));
    Long athlete = parse(checks, "athleteId", athleteId, Long::valueOf, "an athlete's id");
    PageParams params = null;
    try {
      params = PageParams.of(page, size);
    } catch (InvalidInput e) {
      e.errors().forEach(error -> checks.check(false, error.field(), error.message()));
    }
    checks.orThrow();
    QueuePage found = queue.page(new QueueFilter(l, s, athlete), params.page(), params.size());
    return params.of(found.items().stream().map(QueueEntry::of).toList(), found.total());
  }

  @POST
  @Path("{id}/review")
  public ReviewResult review(@PathParam("id") long id, ReviewBody body) {
    ReviewView review = reviews.review(id, required(body).toRequest());
    return ReviewResult.of(review, reviews.detail(id).assignments());
  }

  static <T> T required(T body) {
    if (body == null) {
      throw InvalidInput.of("body", "is required: send a JSON object");
    }
    return body;
  }

  /** A query parameter's value, or null when absent; an unreadable one is a field error. */
  private static <T> T parse(
      FieldChecks checks, String field, String text, Function<String, T> reader, String expected) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return reader.apply(text.strip());
    } catch (IllegalArgumentException e) {
      checks.check(false, field, "must be " + expected);
      return null;
    }
  }

  private static <E extends Enum<E>> Function<String, E> code(Class<E> type) {
    return text -> Enum.valueOf(type, text);
  }

  private static String names(Enum<?>[] values) {
    return "one of " + String.join(", ", Arrays.stream(values).map(Enum::name).toList());
  }
}
