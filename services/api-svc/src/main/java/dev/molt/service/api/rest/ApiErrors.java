package dev.molt.service.api.rest;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.rest.Views.ApiError;
import dev.molt.service.common.MoltServiceProperties;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error is JSON {@code {error, reason}} with a 4xx code (5xx only when the infrastructure or
 * the server fails); no stack trace reaches a client.
 */
@RestControllerAdvice
class ApiErrors {
  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  private final long maxBytes;

  ApiErrors(MoltServiceProperties properties) {
    this.maxBytes = properties.uploadMaxBytes();
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ApiError> problem(ApiProblem p) {
    HttpStatus status = switch (p.kind()) {
      case BAD_FIELD -> HttpStatus.BAD_REQUEST;
      case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case NOT_READY -> HttpStatus.CONFLICT;
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case BAD_ARCHIVE -> HttpStatus.UNPROCESSABLE_ENTITY;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
    };
    return error(status, p.kind().name().toLowerCase(Locale.ROOT), p.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, "too_large",
        "the upload is larger than the limit of " + maxBytes + " bytes");
  }

  @ExceptionHandler({MissingServletRequestPartException.class,
      MissingServletRequestParameterException.class})
  ResponseEntity<ApiError> missing(Exception e) {
    return error(HttpStatus.BAD_REQUEST, "bad_field",
        "the multipart field 'file' (a .py file or a .zip archive) is missing");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
    return error(HttpStatus.BAD_REQUEST, "bad_field",
        "'" + e.getName() + "' has a value of the wrong type: '" + e.getValue() + "'");
  }

  @ExceptionHandler({HttpMediaTypeNotSupportedException.class, MultipartException.class})
  ResponseEntity<ApiError> notMultipart(Exception e) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_type",
        "send the build as multipart/form-data with a 'file' field");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return error(HttpStatus.NOT_ACCEPTABLE, "not_acceptable",
        "this endpoint answers " + e.getSupportedMediaTypes());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noRoute(NoResourceFoundException e) {
    return error(HttpStatus.NOT_FOUND, "not_found", "no such endpoint: /" + e.getResourcePath());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
        e.getMethod() + " is not supported here");
  }

  /** An SSE stream reached its time limit: the stream just ends (its response is committed). */
  @ExceptionHandler(AsyncRequestTimeoutException.class)
  void streamTimedOut() {}

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> internal(Exception e) {
    log.error("request failed", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
        "the server failed to handle the request; the cause is in its log");
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String error, String reason) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(error, reason));
  }
}
