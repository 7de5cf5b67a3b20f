package dev.molt.service.api;

import dev.molt.service.api.build.BuildEventFeed;
import dev.molt.service.api.build.BuildTimeouts;
import dev.molt.service.api.build.Builds;
import dev.molt.service.api.build.HealthProbe;
import dev.molt.service.api.state.BuildBook;
import dev.molt.service.common.ArtifactStore;
import dev.molt.service.common.EventPublisher;
import dev.molt.service.common.InfrastructureException;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.common.Topics;
import dev.molt.service.upload.UploadLimits;
import io.grpc.ServerBuilder;
import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.grpc.server.ServerBuilderCustomizer;

/** Wires the framework-free pieces (common, state, build) into the Spring application. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {
  /** Bytes a request may carry beyond its file: the entry, target and opt fields. */
  private static final long FORM_OVERHEAD = 64 * 1024;

  @Bean
  MoltServiceProperties moltServiceProperties(Environment environment) {
    return MoltServiceProperties.from(environment::getProperty);
  }

  @Bean(destroyMethod = "close")
  ArtifactStore artifactStore(MoltServiceProperties properties) throws InfrastructureException {
    ArtifactStore store = new ArtifactStore(properties);
    store.ensureBucket();
    return store;
  }

  @Bean(destroyMethod = "close")
  EventPublisher eventPublisher(MoltServiceProperties properties) throws InfrastructureException {
    Topics.ensure(properties.kafkaBootstrapServers());
    return new EventPublisher(properties.kafkaBootstrapServers());
  }

  @Bean
  BuildBook buildBook() {
    return new BuildBook();
  }

  @Bean(destroyMethod = "close")
  BuildEventFeed buildEventFeed(MoltServiceProperties properties, BuildBook book,
      EventPublisher topicsExist) {
    BuildEventFeed feed = new BuildEventFeed(properties.kafkaBootstrapServers(), book);
    feed.start();
    return feed;
  }

  @Bean
  Builds builds(BuildBook book, ArtifactStore store, EventPublisher publisher,
      MoltServiceProperties properties) {
    return new Builds(book, store, publisher,
        new UploadLimits(properties.uploadMaxBytes(), properties.uploadMaxFiles()), Clock.systemUTC());
  }

  @Bean(destroyMethod = "close")
  BuildTimeouts buildTimeouts(Builds builds, BuildEventFeed feed, MoltServiceProperties properties) {
    return new BuildTimeouts(builds, feed, properties.buildTimeout());
  }

  @Bean(destroyMethod = "close")
  HealthProbe healthProbe(MoltServiceProperties properties, ArtifactStore store) {
    return new HealthProbe(properties.kafkaBootstrapServers(), store);
  }

  /** Where SSE streams write, off the Kafka feed's thread (see SseWatch). */
  @Bean(destroyMethod = "shutdownNow")
  ExecutorService sseExecutor() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "molt-sse-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** A gRPC Submit carries the whole upload: let messages be as large as an upload may be. */
  @Bean
  <T extends ServerBuilder<T>> ServerBuilderCustomizer<T> grpcMessageSize(
      MoltServiceProperties properties) {
    int max = (int) Math.min(Integer.MAX_VALUE, properties.uploadMaxBytes() + FORM_OVERHEAD);
    return builder -> builder.maxInboundMessageSize(max);
  }

  /**
   * The servlet's multipart limits follow {@code molt.upload.max-bytes}, so an oversized upload is
   * refused while it streams in rather than after it has been buffered.
   */
  @Bean
  MultipartConfigElement multipartConfigElement(MoltServiceProperties properties) {
    long max = properties.uploadMaxBytes();
    return new MultipartConfigElement(null, max, max + FORM_OVERHEAD, 0);
  }
}
