package com.pullsafe.api;

import com.pullsafe.shared.NumberBounds;
import com.pullsafe.shared.WholeNumber;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of a paged list as sent, checked at the edge:
 * page from 0, size from 1 to {@value PageParams#MAX_SIZE}. Taken as text so that {@code ?size=abc}
 * is a 400 that names the field, not JAX-RS's 404 for an unconvertible query parameter. Every paged
 * resource takes it as one {@code @BeanParam}, so the parameters are read and documented alike.
 */
public class PageQuery {

  @Parameter(
      description = "From 0",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
  @QueryParam("page")
  @DefaultValue("0")
  @WholeNumber(
      min = 0,
      max = PageParams.MAX_PAGE,
      required = true,
      message = "{pullsafe.query.page}")
  private String page;

  @Parameter(
      description = "From 1 to " + PageParams.MAX_SIZE,
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "1",
              maximum = "" + PageParams.MAX_SIZE,
              defaultValue = PageParams.DEFAULT_SIZE))
  @QueryParam("size")
  @DefaultValue(PageParams.DEFAULT_SIZE)
  @WholeNumber(
      min = 1,
      max = PageParams.MAX_SIZE,
      required = true,
      message = "{pullsafe.query.size}")
  private String size;

  /** For JAX-RS, which fills the fields from the query. */
  public PageQuery() {}

  public PageQuery(String page, String size) {
    this.page = page;
    this.size = size;
  }

  /** The page asked for; only for a query its constraints accept. */
  public PageParams params() {
    return new PageParams(
        NumberBounds.readWhole(page).intValue(), NumberBounds.readWhole(size).intValue());
  }
}
