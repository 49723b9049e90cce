package org.specworks.cms.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures of API input as RFC 9457 problems, one error per parameter. */
@Provider
public class InvalidParametersMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    Map<String, String> errors = new TreeMap<>();
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      errors.merge(
          parameterOf(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + " " + b);
    }
    return Problem.response(Response.Status.BAD_REQUEST, String.join(" ", errors.values()), errors);
  }

  private static String parameterOf(Path path) {
    String name = "request";
    for (Path.Node node : path) {
      if (node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }
}
