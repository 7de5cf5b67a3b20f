package dev.molt.service.api;

import dev.molt.service.api.access.Tokens;
import dev.molt.service.api.build.BuildEventFeed;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.infra.EmbeddedS3;
import dev.molt.service.infra.SharedInfra;
import io.grpc.Metadata;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * api-svc started the way the launcher starts it (SpringApplicationBuilder, settings as arguments), on a
 * free HTTP and gRPC port, against the JVM's shared embedded Kafka broker and S3 server.
 */
final class ApiApp implements AutoCloseable {
  static final String BUCKET = "api-test";

  /** The team of {@link #token}, which the tests' clients send unless they test access itself. */
  static final String TEAM = "api-tests";
  static final String ADMIN_SECRET = "api-test-admin-secret-0123456789";

  final ConfigurableApplicationContext context;
  final int grpcPort;
  final String token;

  private ApiApp(ConfigurableApplicationContext context, int grpcPort) {
    this.context = context;
    this.grpcPort = grpcPort;
    this.token = context.getBean(Tokens.class).issue(TEAM, "api-svc tests");
  }

  /** A REST client with this app's token. */
  Http http() {
    return new Http(baseUrl(), token);
  }

  /** gRPC metadata carrying this app's token. */
  Metadata authorization() {
    Metadata metadata = new Metadata();
    metadata.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    return metadata;
  }

  /** The infrastructure's keys, as a stage service of the same stack would get them. */
  static MoltServiceProperties properties() throws Exception {
    EmbeddedS3 s3 = SharedInfra.s3();
    return MoltServiceProperties.from(key -> key.equals(MoltServiceProperties.S3_BUCKET) ? BUCKET : null)
        .withKafka(SharedInfra.kafka().bootstrapServers())
        .withS3(s3.endpoint().toString(), s3.accessKey(), s3.secretKey());
  }

  static ApiApp start(Map<String, String> overrides) throws Exception {
    int grpcPort = freePort();
    Map<String, String> properties = new HashMap<>(properties().asMap());
    properties.put("server.port", "0");
    properties.put("spring.grpc.server.port", String.valueOf(grpcPort));
    properties.put("molt.access.admin-secret", ADMIN_SECRET);
    properties.putAll(overrides);
    // as command-line arguments, like the launcher: they override application.properties
    String[] args = properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ApiApplication.class).run(args);
    ApiApp app = new ApiApp(context, grpcPort);
    if (!app.feed().awaitCaughtUp(Duration.ofSeconds(60))) {
      app.close();
      throw new IllegalStateException("api-svc did not catch up with the events topic");
    }
    return app;
  }

  BuildEventFeed feed() {
    return context.getBean(BuildEventFeed.class);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
