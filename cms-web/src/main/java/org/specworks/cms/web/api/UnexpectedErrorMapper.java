package org.specworks.cms.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error the resources do not answer themselves becomes a problem detail: the framework's own
 * (unknown route, wrong method, unacceptable media type) keep their status; anything else is a 500
 * without a stack trace, which goes to the server log instead.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      return Problem.response(
          status,
          status == Response.Status.NOT_FOUND
              ? "There is no such resource in this API; see /openapi."
              : status.getReasonPhrase() + ".");
    }
    LOG.log(Level.SEVERE, "Unexpected error in the delivery API", error);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. The error has been logged.");
  }
}
