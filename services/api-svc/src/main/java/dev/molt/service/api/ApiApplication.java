package dev.molt.service.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * api-svc: the REST and gRPC front door of the hosted pipeline (issue 4, docs/decisions/0050).
 * Standalone with {@code java -jar}, or started by the launcher with properties passed in.
 */
@SpringBootApplication
public class ApiApplication {
  public static void main(String[] args) {
    SpringApplication.run(ApiApplication.class, args);
  }
}
